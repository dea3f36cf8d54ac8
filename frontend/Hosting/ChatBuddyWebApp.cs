using ChatBuddy.Frontend.Api;
using ChatBuddy.Frontend.Health;
using ChatBuddy.Frontend.Realtime;
using ChatBuddy.Frontend.Security;
using ChatBuddy.Frontend.Webhooks;
using Scalar.AspNetCore;

namespace ChatBuddy.Frontend.Hosting;

/// <summary>The web host: REST API, health, OpenAPI, with the Orleans silo co-hosted or joined as a client.</summary>
public static class ChatBuddyWebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.AddChatBuddyLogging();
        builder.AddChatBuddyEndpoint();
        builder.AddChatBuddyOrleans();
        builder.AddChatBuddyRealtime();
        builder.AddChatBuddySecurity();

        var app = builder.Build();
        app.UseChatBuddyEdge();

        // A malformed request is the caller's mistake: answer it with its own 4xx as problem+json. A database
        // or cluster that cannot take the request now is a 503 the caller may retry, not a server error.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                Npgsql.NpgsqlException { IsTransient: true } or Npgsql.PostgresException { SqlState: "53300" or "57P03" } => StatusCodes.Status503ServiceUnavailable,
                TimeoutException or Orleans.Runtime.SiloUnavailableException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        app.UseChatBuddyAccess();
        app.UseChatBuddyStaticSite();
        app.MapOpenApi();
        // Scalar's default fonts come from its CDN; a self-hosted install serves the reference without third parties.
        app.MapScalarApiReference("/docs", o => o.DisableDefaultFonts());
        app.MapChatBuddyHealth();
        app.MapShopsApi();
        app.MapProductsApi();
        app.MapSessionsApi();
        app.MapChatApi();
        app.MapHandoffApi();
        app.MapGdprApi();
        app.MapCustomerTokensApi();
        app.MapAccessApi();
        app.MapShopWebhooksApi();
        app.MapChatBuddyRealtime();
        return app;
    }
}
