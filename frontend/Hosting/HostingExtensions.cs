using System.Globalization;
using ChatBuddy.Grains.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Orleans.Configuration;
using StackExchange.Redis;

namespace ChatBuddy.Frontend.Hosting;

public static class HostingExtensions
{
    /// <summary>Structured JSON logs on stdout, one event per line.</summary>
    public static WebApplicationBuilder AddChatBuddyLogging(this WebApplicationBuilder builder)
    {
        // ./chatbuddy runs from the repository root, so the app's own defaults are read from beside
        // the binary (configuration given later, e.g. environment variables, still wins).
        var defaults = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
        };
        defaults.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, defaults);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        return builder;
    }

    /// <summary>Listens on 127.0.0.1:<c>CHATBUDDY_PORT</c> (default 8000); <c>CHATBUDDY_BIND</c> changes the address.</summary>
    public static WebApplicationBuilder AddChatBuddyEndpoint(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration["CHATBUDDY_PORT"] is { Length: > 0 } p ? int.Parse(p, CultureInfo.InvariantCulture) : 8000;
        var bind = builder.Configuration["CHATBUDDY_BIND"] is { Length: > 0 } b ? b : "127.0.0.1";
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
        {
            builder.WebHost.UseUrls($"http://{bind}:{port}");
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;

            // ASP.NET Core's default is the relaxed encoder; API JSON echoes shopper text, so < > & ' stay escaped
            // (letters, accents included, are written as they are).
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        builder.Services.AddProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>
    /// Co-hosts a silo (the embedded default) or, with <c>ChatBuddy:Frontend:Mode=client</c>, joins an
    /// existing Redis-clustered cluster as an Orleans client so frontends scale apart from silos.
    /// </summary>
    public static WebApplicationBuilder AddChatBuddyOrleans(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var connectionString = ChatBuddyConfiguration.Database(configuration).Resolve();
        if (string.Equals(configuration["ChatBuddy:Frontend:Mode"], "client", StringComparison.OrdinalIgnoreCase))
        {
            var orleans = ChatBuddyConfiguration.Orleans(configuration);
            builder.UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = orleans.ClusterId;
                    o.ServiceId = orleans.ServiceId;
                });
                if (orleans.UsesRedis)
                {
                    client.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(orleans.Redis!));
                }
                else
                {
                    client.UseLocalhostClustering(orleans.GatewayPort, orleans.ServiceId, orleans.ClusterId);
                }
            });
            builder.Services.AddChatBuddyData(connectionString, configuration);
        }
        else
        {
            builder.UseOrleans(silo => silo.AddChatBuddySilo(configuration));
        }

        return builder;
    }
}
