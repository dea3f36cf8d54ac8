namespace ChatBuddy.Frontend.Realtime;

/// <summary>Closes this frontend's plain sockets with 1001 when it stops, so clients reconnect elsewhere at once.</summary>
public sealed class SocketShutdown(SocketSessions sockets) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sockets.CloseAllAsync("server shutting down").WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown budget is spent; the sockets drop with the process instead.
        }
    }
}
