using System.Net;
using ChatBuddy.Frontend.Api;
using ChatBuddy.Grains.Security.Access;
using ChatBuddy.Grains.Security.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace ChatBuddy.Frontend.Security;

public static class SecurityExtensions
{
    public const string AdminJwtScheme = "AdminJwt";

    /// <summary>Known proxies, rate limits, the IP block list, admin authentication (JWT, API key, bootstrap key) and HSTS.</summary>
    public static WebApplicationBuilder AddChatBuddySecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var jwt = new AdminJwtOptions();
        builder.Configuration.GetSection(AdminJwtOptions.Section).Bind(jwt);
        jwt.Validate();
        services.AddSingleton(jwt);
        services.AddSingleton<AdminTokens>();

        var security = new SecurityOptions();
        builder.Configuration.GetSection(SecurityOptions.Section).Bind(security);
        services.Configure<ForwardedHeadersOptions>(o => ConfigureProxies(o, security.KnownProxies));
        services.AddHsts(o => o.MaxAge = security.HstsMaxAge);

        services.AddSingleton<IpBlockStore>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<IpBlockList>();
        services.AddSingleton<ChatRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ChatRateLimiter>((o, limiter) =>
        {
            o.GlobalLimiter = new HttpRateLimiter(limiter);
            o.OnRejected = (context, cancellationToken) => HttpRateLimiter.RejectAsync(context.HttpContext, context.Lease, cancellationToken);
        });

        services.AddAuthentication()
            .AddJwtBearer(AdminJwtScheme, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = AdminTokens.ValidationParameters(jwt);
                o.Events = new JwtBearerEvents
                {
                    // Session tokens and API keys travel as bearer tokens too; they are not admin JWTs.
                    OnMessageReceived = context =>
                    {
                        var header = context.Request.Headers.Authorization.ToString();
                        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
                        if (token.Count(c => c == '.') != 2)
                        {
                            context.NoResult();
                        }

                        return Task.CompletedTask;
                    },
                    OnAuthenticationFailed = async context =>
                    {
                        var audit = context.HttpContext.RequestServices.GetRequiredService<IAuditTrail>();
                        await audit.RecordAsync(
                            new AuditEvent(null, ClientAddress.Actor(ClientAddress.Of(context.HttpContext)), AuditActions.TokenRejected, null,
                                new Dictionary<string, string> { ["reason"] = context.Exception.GetType().Name }),
                            CancellationToken.None);
                    },
                };
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, AdminKeyAuthenticationHandler>(AdminKeyAuthenticationHandler.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, ShopScopeHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        services.AddAuthorizationBuilder().AddPolicy(AdminAccess.Policy, policy => policy
            .AddAuthenticationSchemes(AdminJwtScheme, ApiKeyAuthenticationHandler.SchemeName, AdminKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .AddRequirements(new ShopScopeRequirement()));
        return builder;
    }

    /// <summary>First in the pipeline: the real client address and scheme, then HSTS (https only) and the security headers.</summary>
    public static WebApplication UseChatBuddyEdge(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseChatBuddySecurityHeaders();
        return app;
    }

    /// <summary>After error handling: blocked addresses, rate limits, then who the caller is and what they may do.</summary>
    public static WebApplication UseChatBuddyAccess(this WebApplication app)
    {
        app.UseIpBlockGuard();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void ConfigureProxies(ForwardedHeadersOptions options, List<string> proxies)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        if (proxies.Count == 0)
        {
            return;
        }

        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (proxy.Contains('/', StringComparison.Ordinal))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
            else
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        }
    }
}
