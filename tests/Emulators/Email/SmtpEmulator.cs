using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChatBuddy.Tests.Emulators.Email;

/// <summary>
/// A local SMTP server (RFC 5321, plain text, no TLS or AUTH): EHLO/HELO, MAIL FROM, RCPT TO, DATA with
/// dot-unstuffing, RSET, NOOP, QUIT. Recipients containing "reject" get 550; <see cref="FailNext"/>
/// answers MAIL FROM with 451 (try again later). Accepted messages are kept raw in <see cref="Received"/>.
/// </summary>
public sealed class SmtpEmulator : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private readonly Task _accepting;
    private int _failNext;

    public SmtpEmulator()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<ReceivedMail> Received => _received.ToList();

    public void FailNext(int count) => Volatile.Write(ref _failNext, count);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            // The accept loop was started by this emulator; awaiting it only waits for it to notice the stop.
#pragma warning disable VSTHRD003
            await _accepting;
#pragma warning restore VSTHRD003
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client), _stop.Token);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost ESMTP emulator");
            string? from = null;
            var to = new List<string>();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteAsync("250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n");
                        break;
                    case "HELO":
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RSET":
                        from = null;
                        to.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "MAIL":
                        if (Volatile.Read(ref _failNext) > 0 && Interlocked.Decrement(ref _failNext) >= 0)
                        {
                            await writer.WriteLineAsync("451 4.3.0 Temporary failure, try again later");
                            break;
                        }

                        from = Address(line);
                        await writer.WriteLineAsync("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        var recipient = Address(line);
                        if (recipient.Contains("reject", StringComparison.OrdinalIgnoreCase))
                        {
                            await writer.WriteLineAsync("550 5.1.1 Mailbox unavailable");
                            break;
                        }

                        to.Add(recipient);
                        await writer.WriteLineAsync("250 2.1.5 OK");
                        break;
                    case "DATA" when from is null || to.Count == 0:
                        await writer.WriteLineAsync("503 5.5.1 Bad sequence of commands");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        _received.Enqueue(new ReceivedMail(from, [.. to], data.ToString()));
                        from = null;
                        to.Clear();
                        await writer.WriteLineAsync("250 2.0.0 OK: queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                        break;
                }
            }
        }
    }

    private static string Address(string line) =>
        line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)];
}

/// <summary>One message the server accepted: envelope and the raw RFC 5322 text.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Raw);
