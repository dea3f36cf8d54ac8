using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatBuddy.Bench;

/// <summary>
/// The built frontend (artifacts/bin/ChatBuddy.Frontend) serving one database on free ports, as its own
/// process so the load generator's work is not counted as the server's.
/// </summary>
internal sealed class FrontendProcess : IAsyncDisposable
{
    private readonly Process _process;

    private FrontendProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<FrontendProcess> StartAsync(string database, IReadOnlyDictionary<string, string> environment)
    {
        var dll = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "ChatBuddy.Frontend", "release", "ChatBuddy.Frontend.dll"));
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("serve");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["CHATBUDDY_DB_NAME"] = database;
        start.Environment["CHATBUDDY_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ChatBuddy__Orleans__SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ChatBuddy__Orleans__GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        // All the load comes from one loopback address: lift the per-address limits (the limiter still runs,
        // and the per-session limits still apply) so the bench measures turns, not 429s.
        start.Environment["ChatBuddy__RateLimits__Chat__PerIp__PermitLimit"] = "1000000";
        start.Environment["ChatBuddy__RateLimits__Catalog__PerIp__PermitLimit"] = "1000000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("   [frontend] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new FrontendProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode)
                {
                    // The first chat turn loads the intent model and compiles templates: not part of the measurement.
                    await probe.PostAsync("/api/v1/chat", new StringContent("""{"message":"szia"}""", System.Text.Encoding.UTF8, "application/json"));
                    return server;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("The frontend did not become healthy within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
