using ChatBuddy.Frontend.Api;
using Microsoft.Extensions.Options;

namespace ChatBuddy.Frontend.Realtime;

/// <summary><c>/ws/chat/{session_id}?shop=ID</c>: the plain WebSocket for clients without SignalR (docs/realtime.md §3).</summary>
public static class ChatSocketEndpoint
{
    public const string Path = "/ws/chat";

    public static IEndpointRouteBuilder MapChatSocket(this IEndpointRouteBuilder app)
    {
        app.Map(Path + "/{sessionId}", AcceptAsync).WithTags("Realtime").WithName("ChatSocket").ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AcceptAsync(
        string sessionId,
        HttpContext http,
        ChatSessionService sessions,
        SocketSessions registry,
        IOptions<RealtimeOptions> options,
        TimeProvider clock,
        IConfiguration configuration,
        ILoggerFactory loggers)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.Problem(detail: "Open this address as a WebSocket.", statusCode: StatusCodes.Status400BadRequest, title: "WebSocket expected");
        }

        if (!Guid.TryParse(sessionId, out _))
        {
            return TypedResults.Problem(detail: "The session id is not a GUID; create one with POST /api/v1/sessions.", statusCode: StatusCodes.Status404NotFound, title: "Unknown session");
        }

        var limits = options.Value;
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            KeepAliveInterval = limits.KeepAliveInterval,
            KeepAliveTimeout = limits.KeepAliveInterval * 2,
        });
        var shopId = ShopParameter.Resolve(http.Request.Query["shop"], configuration);
        using var connection = new ChatSocketConnection(
            socket,
            shopId,
            sessionId,
            Security.ClientAddress.Of(http),
            sessions,
            registry,
            limits,
            clock,
            loggers.CreateLogger<ChatSocketConnection>());
        await connection.RunAsync(http.RequestAborted);
        return TypedResults.Empty;
    }
}
