using System.Diagnostics;
using System.Text.Json;
using ChatBuddy.Frontend.Tests.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>
/// Every payload through the SignalR hub (Send and QuickReply) and the plain socket (message and
/// quick_reply frames, and the payload as a raw frame): each is answered or refused with
/// <c>invalid_message</c>/<c>bad_frame</c>, the connection stays up, and what was accepted is stored as sent.
/// </summary>
[Collection(HardeningCollection.Name)]
public sealed class NaughtyPayloadRealtimeTests(FrontendFactory factory)
{
    private const int Batches = 32;
    private static readonly string[] ClientErrors = ["invalid_message", "bad_frame"];

    [Fact]
    public async Task EveryPayloadThroughTheHubIsAnsweredOrRefusedAndTheConnectionStays()
    {
        var run = new HardeningRun("hub /hubs/chat Send/QuickReply");
        var postgres = PostgresServerLog.FromNow();
        var logMark = factory.Logs.Mark();
        var clock = Stopwatch.StartNew();

        await HardeningRun.InBatchesAsync(NaughtyPayloads.Batches(NaughtyPayloads.All, Batches), async (batch, ct) =>
        {
            var session = await RealtimeClients.NewSessionAsync(factory.Server);
            await using var hub = await RealtimeClients.ConnectHubAsync(factory.Server);
            await hub.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, ct);
            var accepted = new List<string>();
            for (var i = 0; i < batch.Count; i++)
            {
                var payload = batch[i];
                await hub.Connection.InvokeAsync(i % 2 == 0 ? "Send" : "QuickReply", $"h-{i}", payload.Text, ct);
                var last = (await hub.UntilMessageAsync())[^1];
                if (last.Name == "Error")
                {
                    run.Count("error " + last.A);
                    if (!ClientErrors.Contains(last.A))
                    {
                        run.Find(payload, $"hub error {last.A}: {last.B}");
                    }
                }
                else
                {
                    run.Count("message");
                    accepted.Add(NaughtyPayloads.Cleaned(payload.Text));
                }

                if (hub.Connection.State != HubConnectionState.Connected)
                {
                    run.Find(payload, $"hub connection {hub.Connection.State}");
                    return;
                }
            }

            await StoredChecks.UserMessagesAreAsync(factory.Database, Guid.Parse(session.SessionId), accepted, run, batch[0]);
        });

        TestContext.Current.TestOutputHelper?.WriteLine(run.Summary(clock.Elapsed));
        Assert.Equal(NaughtyPayloads.All.Count, run.Sent);
        Assert.True(run.Findings.Count == 0, run.Summary(clock.Elapsed) + ServerHealthChecks.LoggedProblems(factory, logMark));
        ServerHealthChecks.NoErrorsLogged(factory, postgres, logMark);
    }

    [Fact]
    public async Task EveryPayloadThroughThePlainSocketIsAnsweredOrRefusedAndTheSocketStaysOpen()
    {
        var run = new HardeningRun("socket /ws/chat message/quick_reply");
        var postgres = PostgresServerLog.FromNow();
        var logMark = factory.Logs.Mark();
        var clock = Stopwatch.StartNew();

        await HardeningRun.InBatchesAsync(NaughtyPayloads.Batches(NaughtyPayloads.All, Batches), async (batch, ct) =>
        {
            var session = await RealtimeClients.NewSessionAsync(factory.Server);
            using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);
            await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });
            var accepted = new List<string>();
            for (var i = 0; i < batch.Count; i++)
            {
                var payload = batch[i];
                await socket.SendAsync(i % 2 == 0
                    ? new { type = "message", client_id = $"s-{i}", text = payload.Text }
                    : (object)new { type = "quick_reply", client_id = $"s-{i}", payload = payload.Text });
                switch (await CheckFramesAsync(socket, payload, run))
                {
                    case null:
                        return;
                    case "message":
                        accepted.Add(NaughtyPayloads.Cleaned(payload.Text));
                        break;
                }
            }

            await StoredChecks.UserMessagesAreAsync(factory.Database, Guid.Parse(session.SessionId), accepted, run, batch[0]);
            await CloseAsync(socket, ct);
        });

        TestContext.Current.TestOutputHelper?.WriteLine(run.Summary(clock.Elapsed));
        Assert.Equal(NaughtyPayloads.All.Count, run.Sent);
        Assert.True(run.Findings.Count == 0, run.Summary(clock.Elapsed) + ServerHealthChecks.LoggedProblems(factory, logMark));
        ServerHealthChecks.NoErrorsLogged(factory, postgres, logMark);
    }

    [Fact]
    public async Task EveryPayloadAsARawOrMalformedFrameGetsBadFrameAndTheSocketStaysOpen()
    {
        var run = new HardeningRun("socket /ws/chat raw frames");
        var postgres = PostgresServerLog.FromNow();
        var logMark = factory.Logs.Mark();
        var clock = Stopwatch.StartNew();
        var malformed = MalformedFrames().Select(f => new NaughtyPayload("malformed", f)).ToList();

        await HardeningRun.InBatchesAsync(NaughtyPayloads.Batches([.. malformed, .. NaughtyPayloads.All], Batches), async (batch, ct) =>
        {
            var session = await RealtimeClients.NewSessionAsync(factory.Server);
            using var socket = await RealtimeClients.ConnectSocketAsync(factory.Server, session.SessionId);
            await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 0 });
            foreach (var payload in batch)
            {
                await socket.SendRawAsync(payload.Text);
                if (await CheckFramesAsync(socket, payload, run) is null)
                {
                    return;
                }
            }

            await socket.SendAsync(new { type = "ping" });
            if (await socket.ReceiveAsync() is not { } pong || pong.GetProperty("type").GetString() != "pong")
            {
                run.Find(batch[^1], "no pong after the raw frames");
            }

            await CloseAsync(socket, ct);
        });

        TestContext.Current.TestOutputHelper?.WriteLine(run.Summary(clock.Elapsed));
        Assert.True(run.Findings.Count == 0, run.Summary(clock.Elapsed) + ServerHealthChecks.LoggedProblems(factory, logMark));
        ServerHealthChecks.NoErrorsLogged(factory, postgres, logMark);
    }

    /// <summary>Ends the socket with a close handshake, as a well-behaved client does (the test server reports an abrupt end as an error).</summary>
    private static async Task CloseAsync(SocketClient socket, CancellationToken ct)
    {
        if (socket.Socket.State == System.Net.WebSockets.WebSocketState.Open)
        {
            await socket.Socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "done", ct);
        }
    }

    /// <summary>Frames that are JSON but not what the protocol expects, or almost JSON.</summary>
    private static IEnumerable<string> MalformedFrames() =>
    [
        "", " ", "null", "true", "0", "[]", "{}", "\"message\"", "{\"type\":null}", "{\"type\":42}", "{\"type\":[\"message\"]}",
        "{\"type\":\"message\"}", "{\"type\":\"message\",\"client_id\":1,\"text\":\"x\"}", "{\"type\":\"message\",\"client_id\":\"x\",\"text\":{}}",
        "{\"type\":\"quick_reply\",\"client_id\":\"x\"}", "{\"type\":\"hello\"}", "{\"type\":\"hello\",\"token\":7,\"last_seq\":\"a\"}",
"{\"type\":\"message\",\"client_id\":\"" + new string('x', 5000) + "\",\"text\":\"szia\"}",
        "{\"type\":\"" + new string('t', 10_000) + "\"}", "{\"type\":\"message\",\"text\":\"a\",\"text\":\"b\",\"client_id\":\"dup\"}",
        "{\"type\":\"ping\"", "{'type':'ping'}", "{\"type\":\"ping\"} trailing", new string('[', 64) + new string(']', 64),
        "{\"type\":\"message\",\"client_id\":\"\\ud800\",\"text\":\"\\udfff\"}", "{\"type\":\"message\",\"client_id\":\"nul\",\"text\":\"\\u0000\"}",
    ];

    /// <summary>Reads the answer to one frame and returns its type; null (and a finding) when the socket closed.</summary>
    private static async Task<string?> CheckFramesAsync(SocketClient socket, NaughtyPayload payload, HardeningRun run)
    {
        List<JsonElement> frames;
        try
        {
            frames = await AnswerAsync(socket);
        }
        catch (Exception closed) when (closed is InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException)
        {
            run.Count("closed");
            run.Find(payload, closed.Message);
            return null;
        }

        var last = frames[^1];
        var type = last.GetProperty("type").GetString();
        if (type == "error")
        {
            var code = last.GetProperty("code").GetString();
            run.Count("error " + code);
            if (!ClientErrors.Contains(code))
            {
                run.Find(payload, $"socket error {code}: {last}");
            }
        }
        else
        {
            run.Count(type ?? "?");
        }

        foreach (var frame in frames)
        {
            var raw = frame.GetRawText();
            if (ResponseChecks.ReflectedMarkup(payload.Text, raw) is { } tag)
            {
                run.Find(payload, $"frame reflects the payload's markup '{tag}': " + ResponseChecks.Shorten(raw));
            }
        }

        return type;
    }

    /// <summary>Frames up to the answer: a message, an error, or the pong of a ping-typed frame.</summary>
    private static async Task<List<JsonElement>> AnswerAsync(SocketClient socket)
    {
        var frames = new List<JsonElement>();
        while (true)
        {
            var frame = await socket.ReceiveAsync() ?? throw new InvalidOperationException($"closed: {socket.CloseStatus} {socket.CloseReason}");
            frames.Add(frame);
            if (frame.GetProperty("type").GetString() is "message" or "error" or "pong")
            {
                return frames;
            }
        }
    }
}
