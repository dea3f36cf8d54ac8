using ChatBuddy.Frontend.Hubs;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Hosting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using StackExchange.Redis;

namespace ChatBuddy.Frontend.Realtime;

public static class RealtimeExtensions
{
    /// <summary>
    /// The session service, the hub (on the Redis backplane when Redis is configured), the socket
    /// registry and the notifier seam.
    /// </summary>
    public static WebApplicationBuilder AddChatBuddyRealtime(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RealtimeOptions>().BindConfiguration(RealtimeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var signalR = builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 16 * 1024);
        var orleans = ChatBuddyConfiguration.Orleans(builder.Configuration);
        var redis = orleans.UsesRedis ? orleans.Redis : null;
        if (redis is { Length: > 0 })
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("chatbuddy"));
            builder.Services.AddSingleton(_ => new RealtimeRedis(ConnectionMultiplexer.Connect(redis)));
        }
        else
        {
            builder.Services.AddSingleton(_ => new RealtimeRedis(null));
        }

        builder.Services.AddSingleton<ChatSessionService>();
        builder.Services.AddSingleton<SocketSessions>();
        builder.Services.AddHostedService(sp => new SocketShutdown(sp.GetRequiredService<SocketSessions>()));
        builder.Services.AddSingleton<SocketPushRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SocketPushRelay>());
        builder.Services.AddSingleton<ISessionNotifier, SessionNotifier>();
        builder.Services.AddSingleton<ICorsPolicyProvider, ShopCorsPolicyProvider>();
        builder.Services.AddCors();
        return builder;
    }

    /// <summary><c>/hubs/chat</c> and <c>/ws/chat/{session_id}</c>, behind the shop-origin guard.</summary>
    public static WebApplication MapChatBuddyRealtime(this WebApplication app)
    {
        app.UseCors();
        app.UseWebSockets();
        app.UseRealtimeOriginGuard();
        app.MapHub<ChatHub>(ChatHub.Path).RequireCors(ShopCorsPolicyProvider.PolicyName);
        app.MapChatSocket();
        return app;
    }
}
