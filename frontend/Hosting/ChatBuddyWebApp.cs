using ChatBuddy.Frontend.Api;
using ChatBuddy.Frontend.Health;
using ChatBuddy.Frontend.Realtime;
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

        var app = builder.Build();

        // A malformed request is the caller's mistake: answer it with its own 4xx as problem+json.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseChatBuddyStaticSite();
        app.MapOpenApi();
        app.MapScalarApiReference("/docs");
        app.MapChatBuddyHealth();
        app.MapShopsApi();
        app.MapProductsApi();
        app.MapSessionsApi();
        app.MapChatApi();
        app.MapHandoffApi();
        app.MapShopWebhooksApi();
        app.MapChatBuddyRealtime();
        return app;
    }
}
