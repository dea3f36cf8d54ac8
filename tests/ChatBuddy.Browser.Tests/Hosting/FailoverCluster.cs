using System.Diagnostics;
using System.Globalization;
using ChatBuddy.Frontend.Hosting;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Demo;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Browser.Tests.Hosting;

/// <summary>
/// One silo process and two client-mode frontends clustered through the local Redis: frontend A is a
/// process of this build (so a test can kill -9 it), frontend B runs in the test on Kestrel. The demo
/// shop lists both origins, so a page served by A may talk to B.
/// </summary>
public sealed class FailoverCluster : IAsyncLifetime
{
    private readonly string _clusterId = "widget-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<Process> _processes = [];
    private WebApplication? _b;

    public TestDatabase Database { get; } = new();

    public Process FrontendA { get; private set; } = null!;

    public string UrlA { get; } = $"http://127.0.0.1:{FreePorts.Next().ToString(CultureInfo.InvariantCulture)}";

    public string UrlB { get; } = $"http://127.0.0.1:{FreePorts.Next().ToString(CultureInfo.InvariantCulture)}";

    public string Redis { get; } = Environment.GetEnvironmentVariable("CHATBUDDY_REDIS") is { Length: > 0 } redis ? redis : "127.0.0.1:6379";

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var services = new ServiceCollection().AddChatBuddyData(Database.ConnectionString).BuildServiceProvider())
        {
            await services.GetRequiredService<DemoShopLoader>().LoadAsync(DemoShopGenerator.Generate());
        }

        _processes.Add(Start("ChatBuddy.Silo", Settings()));
        var b = Settings();
        b["urls"] = UrlB;
        _b = await StartInProcessAsync(b);
        var grains = _b.Services.GetRequiredService<IGrainFactory>();
        var shop = grains.GetGrain<IShopTenantGrain>("demo");
        var settings = await shop.GetSettingsAsync() ?? throw new InvalidOperationException("The demo shop is missing.");
        await shop.UpdateSettingsAsync(settings with { AllowedOrigins = [UrlA, UrlB] });

        var a = Settings();
        a["CHATBUDDY_PORT"] = new Uri(UrlA).Port.ToString(CultureInfo.InvariantCulture);
        FrontendA = Start("ChatBuddy.Frontend", a);
        _processes.Add(FrontendA);
        await WaitForHealthAsync(UrlA);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        if (_b is not null)
        {
            await _b.StopAsync();
            await _b.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    private Dictionary<string, string> Settings()
    {
        var settings = RedisClusterSettings.For(Database.ConnectionString, Redis, _clusterId);
        settings["ChatBuddy:Frontend:Mode"] = "client";
        settings["Logging:LogLevel:Default"] = "Warning";
        return settings;
    }

    private static async Task<WebApplication> StartInProcessAsync(Dictionary<string, string> settings)
    {
        // The silo process is still starting: a client that finds no gateway yet fails, so try again.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var app = ChatBuddyWebApp.Build(settings.Select(s => $"--{s.Key}={s.Value}").ToArray());
            try
            {
                await app.StartAsync();
                return app;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await app.DisposeAsync();
                await Task.Delay(1000);
            }
        }
    }

    private static Process Start(string project, Dictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(BuiltDll(project));
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForHealthAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(url + "/widget.js");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"{url} did not start.");
            }

            await Task.Delay(500);
        }
    }

    private static string BuiltDll(string project)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatBuddy.sln")))
        {
            dir = dir.Parent;
        }

        var dll = dir is null ? null : Path.Combine(dir.FullName, "artifacts", "bin", project, "release", project + ".dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"Build the solution in Release first: artifacts/bin/{project}/release/{project}.dll is missing.");
    }
}
