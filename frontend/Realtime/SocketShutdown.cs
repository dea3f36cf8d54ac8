namespace ChatBuddy.Frontend.Realtime;

/// <summary>Closes this frontend's plain sockets with 1001 when it stops, so clients reconnect elsewhere at once.</summary>
public sealed class SocketShutdown(SocketSessions sockets) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => sockets.CloseAllAsync("server shutting down");
}
