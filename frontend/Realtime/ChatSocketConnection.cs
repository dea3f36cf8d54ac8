using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;
using ChatBuddy.GrainInterfaces.Conversations;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>
/// One plain-socket client of <c>/ws/chat/{session_id}</c>: reads JSON frames, forwards them to the
/// session service and writes its answers as frames. Turns run one after another on their own loop so
/// pings and typing are still read while an answer streams.
/// </summary>
public sealed class ChatSocketConnection(
    WebSocket socket,
    string shopId,
    string sessionId,
    string? remoteAddress,
    ChatSessionService sessions,
    SocketSessions registry,
    RealtimeOptions options,
    TimeProvider clock,
    ILogger logger) : IChatChannel, IDisposable
{
    public const WebSocketCloseStatus IdleTimeout = (WebSocketCloseStatus)4000;
    private static readonly TimeSpan CloseHandshakeWait = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Channel<ClientFrame> _turns = Channel.CreateBounded<ClientFrame>(new BoundedChannelOptions(16) { SingleReader = true });
    private readonly CancellationTokenSource _receiveCancel = new();
    private ChatSessionRef? _session;
    private VerifiedCustomer? _customer;
    private long _lastActivity;
    private int _closing;
    private int _answering;

    public async Task RunAsync(CancellationToken aborted)
    {
        _lastActivity = clock.GetTimestamp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        using var receive = CancellationTokenSource.CreateLinkedTokenSource(aborted, _receiveCancel.Token);
        var watchdog = WatchIdleAsync(stop.Token);
        var turns = RunTurnsAsync(stop.Token);
        try
        {
            await ReceiveLoopAsync(receive.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The peer vanished or did not finish a close handshake in time.
        }
        finally
        {
            if (_session is { } session)
            {
                registry.Remove(session, this);
            }

            _turns.Writer.TryComplete();
            await stop.CancelAsync();
            await Task.WhenAll(watchdog, turns);
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        while (socket.State == WebSocketState.Open || socket.State == WebSocketState.CloseSent)
        {
            buffer.ResetWrittenCount();
            WebSocketMessageType type;
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(1024), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await CloseAsync(WebSocketCloseStatus.NormalClosure, "bye");
                    }

                    return;
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > options.MaxFrameBytes)
                {
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"frame too large (max {options.MaxFrameBytes} bytes)");
                    buffer.ResetWrittenCount();
                    continue;
                }

                if (result.EndOfMessage)
                {
                    type = result.MessageType;
                    break;
                }
            }

            if (_closing != 0)
            {
                continue;
            }

            _lastActivity = clock.GetTimestamp();
            if (type == WebSocketMessageType.Binary)
            {
                await CloseAsync(WebSocketCloseStatus.InvalidMessageType, "text frames only");
                continue;
            }

            await HandleAsync(buffer.WrittenSpan.ToArray(), cancellationToken);
        }
    }

    private async Task HandleAsync(byte[] utf8, CancellationToken cancellationToken)
    {
        var (frame, problem) = ClientFrame.Parse(utf8);
        if (_session is null)
        {
            if (frame is not { Type: ClientFrame.Hello })
            {
                await CloseAsync(WebSocketCloseStatus.PolicyViolation, "hello expected");
                return;
            }

            _session = await sessions.AuthenticateAsync(shopId, sessionId, frame.Token, cancellationToken);
            if (_session is null)
            {
                await ErrorAsync(ChatErrorCodes.Unauthorized, "The token does not belong to this session.");
                await CloseAsync(WebSocketCloseStatus.PolicyViolation, "unauthorized");
                return;
            }

            if (frame.CustomerToken is { } customerToken && (_customer = await sessions.VerifyCustomerAsync(shopId, customerToken, cancellationToken)) is null)
            {
                _session = null;
                await ErrorAsync(ChatErrorCodes.Unauthorized, "The customer token is not a current token signed with one of this shop's customer-token keys.");
                await CloseAsync(WebSocketCloseStatus.PolicyViolation, "unauthorized");
                return;
            }

            registry.Add(_session, this);
            await sessions.ReplayAsync(_session, frame.LastSeq, this);
            return;
        }

        switch (frame)
        {
            case null:
                await ErrorAsync(ChatErrorCodes.BadFrame, problem!);
                break;
            case { Type: ClientFrame.Hello }:
                // A second hello on a live socket only asks for what was missed since last_seq.
                await sessions.ReplayAsync(_session, frame.LastSeq, this);
                break;
            case { Type: ClientFrame.Ping }:
                await SendAsync(new PongFrame());
                break;
            case { Type: ClientFrame.Typing }:
                break;
            default:
                if (!_turns.Writer.TryWrite(frame))
                {
                    await ErrorAsync(ChatErrorCodes.InvalidMessage, "Too many messages waiting for an answer; wait for the replies.");
                }

                break;
        }
    }

    private async Task RunTurnsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var frame in _turns.Reader.ReadAllAsync(cancellationToken))
            {
                Volatile.Write(ref _answering, 1);
                try
                {
                    await sessions.SendAsync(_session!, frame.ClientId, frame.Text, remoteAddress, this, cancellationToken, _customer);
                }
                finally
                {
                    _lastActivity = clock.GetTimestamp();
                    Volatile.Write(ref _answering, 0);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended; queued turns are dropped, their client ids make a resend safe.
        }
    }

    private async Task WatchIdleAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (_closing == 0)
            {
                var limit = _session is null ? options.HelloTimeout : options.IdleTimeout;
                // A socket waiting for its answer is not idle, however long the answer takes.
                var left = Volatile.Read(ref _answering) == 1 ? limit : limit - clock.GetElapsedTime(_lastActivity);
                if (left <= TimeSpan.Zero)
                {
                    await (_session is null
                        ? CloseAsync(WebSocketCloseStatus.PolicyViolation, "hello expected")
                        : CloseAsync(IdleTimeout, "idle timeout"));
                    return;
                }

                await Task.Delay(left, clock, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    /// <summary>Starts the close handshake once; a peer that does not answer within a few seconds is dropped.</summary>
    public Task DisconnectAsync() => CloseAsync(WebSocketCloseStatus.PolicyViolation, "address blocked");

    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, reason, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // Already gone: closing is best effort, and a shutting-down server must not fail on it.
        }
        finally
        {
            _sendLock.Release();
        }

        try
        {
            _receiveCancel.CancelAfter(CloseHandshakeWait);
        }
        catch (ObjectDisposedException)
        {
            // The receive loop has already ended.
        }
    }

    // The send lock is not disposed: a push or the shutdown close may still be finishing with it, and a
    // SemaphoreSlim whose wait handle was never asked for holds nothing to release.
    public void Dispose() => _receiveCancel.Dispose();

    public Task AckAsync(string clientId, Guid messageId, int seq) => SendAsync(new AckFrame(clientId, messageId, seq));

    public Task TypingAsync() => SendAsync(new TypingFrame());

    public Task DeltaAsync(Guid messageId, string text) => SendAsync(new DeltaFrame(messageId, text));

    public Task MessageAsync(StoredMessage message) => SendAsync(MessageFrame.From(WidgetMessage.From(message)));

    public Task ErrorAsync(string code, string detail, int? retryAfterSeconds = null) => SendAsync(new ErrorFrame(code, detail, retryAfterSeconds));

    private async Task SendAsync(ServerFrame frame)
    {
        var bytes = frame.ToUtf8();
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open && _closing == 0)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

                // An answer still streaming is not an idle connection.
                _lastActivity = clock.GetTimestamp();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            logger.LogDebug(ex, "A frame to a closed socket was dropped");
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
