using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace ChatBuddy.Frontend.Tests.Realtime;

public sealed record NewSessionResult(string SessionId, string Token);

/// <summary>Real SignalR and WebSocket clients against a test server, recording what arrives in order.</summary>
public static class RealtimeClients
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<NewSessionResult> NewSessionAsync(TestServer server, string shop = "demo")
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsync($"/api/v1/sessions?shop={shop}", null, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return new NewSessionResult(body.GetProperty("session_id").GetString()!, body.GetProperty("token").GetString()!);
    }

    public static async Task<HubClient> ConnectHubAsync(TestServer server, string? origin = null, string shop = "demo", IReadOnlyDictionary<string, string>? headers = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, $"/hubs/chat?shop={shop}"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                if (origin is not null)
                {
                    o.Headers["Origin"] = origin;
                }

                foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                {
                    o.Headers[name] = value;
                }

                o.WebSocketFactory = async (context, ct) =>
                {
                    var client = server.CreateWebSocketClient();
                    client.ConfigureRequest = r =>
                    {
                        if (origin is not null)
                        {
                            r.Headers.Origin = origin;
                        }

                        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                        {
                            r.Headers[name] = value;
                        }
                    };

                    return await client.ConnectAsync(context.Uri, ct);
                };
            })
            .Build();
        var hub = new HubClient(connection);
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return hub;
    }

    public static async Task<SocketClient> ConnectSocketAsync(
        TestServer server, string sessionId, string? origin = null, string shop = "demo", IReadOnlyDictionary<string, string>? headers = null)
    {
        var client = server.CreateWebSocketClient();
        client.ConfigureRequest = r =>
        {
            if (origin is not null)
            {
                r.Headers.Origin = origin;
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                r.Headers[name] = value;
            }
        };

        var uri = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = $"/ws/chat/{sessionId}", Query = $"shop={shop}" }.Uri;
        return new SocketClient(await client.ConnectAsync(uri, TestContext.Current.CancellationToken));
    }
}

/// <summary>One hub event: its name and arguments (Message carries the object as JSON).</summary>
public sealed record HubEvent(string Name, string? A = null, string? B = null, int Seq = 0, JsonElement Message = default, int? RetryAfter = null);

public sealed class HubClient : IAsyncDisposable
{
    private readonly Channel<HubEvent> _events = Channel.CreateUnbounded<HubEvent>();

    public HubClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<string, Guid, int>("Ack", (clientId, messageId, seq) => _events.Writer.TryWrite(new HubEvent("Ack", clientId, messageId.ToString(), seq)));
        connection.On("Typing", () => _events.Writer.TryWrite(new HubEvent("Typing")));
        connection.On<Guid, string>("Delta", (messageId, text) => _events.Writer.TryWrite(new HubEvent("Delta", messageId.ToString(), text)));
        connection.On<JsonElement>("Message", m => _events.Writer.TryWrite(new HubEvent("Message", Seq: m.GetProperty("seq").GetInt32(), Message: m)));
        connection.On<string, string, int?>("Error", (code, detail, retryAfter) => _events.Writer.TryWrite(new HubEvent("Error", code, detail, RetryAfter: retryAfter)));
    }

    public HubConnection Connection { get; }

    public async Task<HubEvent> NextAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(RealtimeClients.Patience);
        return await _events.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Events up to and including the next Message (or Error).</summary>
    public async Task<List<HubEvent>> UntilMessageAsync()
    {
        var events = new List<HubEvent>();
        do
        {
            events.Add(await NextAsync());
        }
        while (events[^1].Name is not ("Message" or "Error"));
        return events;
    }

    public bool HasPending => _events.Reader.TryPeek(out _);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}

public sealed class SocketClient(WebSocket socket) : IDisposable
{
    public WebSocket Socket { get; } = socket;

    public WebSocketCloseStatus? CloseStatus { get; private set; }

    public string? CloseReason { get; private set; }

    public Task SendAsync(object frame) => SendRawAsync(JsonSerializer.Serialize(frame));

    public Task SendRawAsync(string text) =>
        Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    /// <summary>The next frame, or null when the server closed (then <see cref="CloseStatus"/> says why).</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(RealtimeClients.Patience);
        var buffer = new byte[64 * 1024];
        var total = 0;
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer.AsMemory(total), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                CloseStatus = Socket.CloseStatus;
                CloseReason = Socket.CloseStatusDescription;
                return null;
            }

            total += result.Count;
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.AsMemory(0, total)).RootElement.Clone();
            }
        }
    }

    /// <summary>Frames up to and including the next "message" or "error" frame.</summary>
    public async Task<List<JsonElement>> UntilMessageAsync()
    {
        var frames = new List<JsonElement>();
        while (true)
        {
            var frame = await ReceiveAsync() ?? throw new InvalidOperationException($"Closed: {CloseStatus} {CloseReason}");
            frames.Add(frame);
            if (frame.GetProperty("type").GetString() is "message" or "error")
            {
                return frames;
            }
        }
    }

    /// <summary>Reads until the server closes and returns its close status.</summary>
    public async Task<(WebSocketCloseStatus? Status, string? Reason)> UntilClosedAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return (CloseStatus, CloseReason);
    }

    public void Dispose() => Socket.Dispose();
}
