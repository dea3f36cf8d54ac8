using System.Diagnostics;
using System.Globalization;
using ChatBuddy.Grains.Demo;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Frontend.Tests.Realtime;

/// <summary>
/// The scale-out shape on one machine: two real silo processes (ChatBuddy.Silo, killable with -9)
/// clustered through the local Redis, and two frontends joined as Orleans clients, all on one fresh
/// database holding the demo shop.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    private readonly string _clusterId = "scale-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<SiloProcess> _silos = [];

    public TestDatabase Database { get; } = new();

    public IReadOnlyList<SiloProcess> Silos => _silos;

    public ClientFrontend A { get; private set; } = null!;

    public ClientFrontend B { get; private set; } = null!;

    public static string Redis => Environment.GetEnvironmentVariable("CHATBUDDY_REDIS") is { Length: > 0 } redis ? redis : "127.0.0.1:6379";

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var services = new ServiceCollection().AddChatBuddyData(Database.ConnectionString).BuildServiceProvider())
        {
            await services.GetRequiredService<DemoShopLoader>().LoadAsync(DemoShopGenerator.Generate());
        }

        _silos.Add(SiloProcess.Start(Settings()));
        _silos.Add(SiloProcess.Start(Settings()));
        A = await ClientFrontend.StartAsync(Settings());
        B = await ClientFrontend.StartAsync(Settings());
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }

        await Database.DisposeAsync();
    }

    private Dictionary<string, string> Settings()
    {
        var settings = RedisClusterSettings.For(Database.ConnectionString, Redis, _clusterId);
        settings["ChatBuddy:Admin:ApiKey"] = FrontendFactory.AdminKey;
        return settings;
    }
}

/// <summary>A ChatBuddy.Silo process of this build.</summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;

    private SiloProcess(Process process, int siloPort)
    {
        _process = process;
        SiloPort = siloPort;
    }

    public int SiloPort { get; }

    public bool HasExited => _process.HasExited;

    public static SiloProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(SiloDll());
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SiloProcess(process, int.Parse(settings["ChatBuddy:Orleans:SiloPort"], CultureInfo.InvariantCulture));
    }

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static string SiloDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatBuddy.sln")))
        {
            dir = dir.Parent;
        }

        var dll = dir is null ? null : Path.Combine(dir.FullName, "artifacts", "bin", "ChatBuddy.Silo", "release", "ChatBuddy.Silo.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new InvalidOperationException("Build the solution in Release first: artifacts/bin/ChatBuddy.Silo/release/ChatBuddy.Silo.dll is missing.");
    }
}

/// <summary>A frontend in client mode (ChatBuddy:Frontend:Mode=client) served by a test server.</summary>
public sealed class ClientFrontend(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    public static async Task<ClientFrontend> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        // The silos are still starting: a client that finds no gateway yet fails to start, so try again.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            var frontend = new ClientFrontend(settings);
            try
            {
                _ = frontend.Server;
                return frontend;
            }
            catch (Exception) when (!timeout.IsCancellationRequested)
            {
                await frontend.DisposeAsync();
                await Task.Delay(1000, timeout.Token);
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("ChatBuddy:Frontend:Mode", "client");
    }
}
