using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatBuddy.Bench;

/// <summary>
/// <c>realtime [IDLE] [ACTIVE] [STORM]</c>: starts one frontend (co-hosted silo, demo shop, its own
/// database and ports) and measures, over real SignalR WebSocket connections: IDLE idle connections
/// with the frontend's RSS, ACTIVE sessions chatting at once (messages/s, send→stored answer p50/p99),
/// and STORM clients dropped and reconnecting at once with Hello(lastSeq).
/// </summary>
public static class RealtimeBench
{
    private const string Port = "8190";
    private static readonly Uri Base = new($"http://127.0.0.1:{Port}");

    public static async Task<int> RunAsync(string[] args)
    {
        var idle = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var active = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
        var storm = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000;
        using var frontend = StartFrontend();
        try
        {
            await WaitHealthyAsync();
            Console.WriteLine($"frontend pid {frontend.Id}, RSS at start {RssMb(frontend):0} MB");
            if (idle > 0)
            {
                await IdleAsync(frontend, idle);
            }

            await ActiveAsync(active);
            await StormAsync(frontend, storm);
            return 0;
        }
        finally
        {
            frontend.Kill(entireProcessTree: true);
        }
    }

    private static async Task IdleAsync(Process frontend, int count)
    {
        var before = RssMb(frontend);
        var dropped = 0;
        var connections = new ConcurrentBag<HubConnection>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (_, ct) =>
        {
            var connection = Connect();
            connection.Closed += _ =>
            {
                Interlocked.Increment(ref dropped);
                return Task.CompletedTask;
            };
            await connection.StartAsync(ct);
            connections.Add(connection);
        });
        var connected = watch.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(30));
        var held = RssMb(frontend);
        Console.WriteLine($"idle: {connections.Count(c => c.State == HubConnectionState.Connected):N0} of {count:N0} connected in {connected.TotalSeconds:0.0} s; " +
            $"frontend RSS {before:0} MB before, {held:0} MB with them open for 30 s (+{(held - before) * 1024 / count:0.0} KB each); dropped {dropped}");
        await Parallel.ForEachAsync(connections, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (c, _) => await c.DisposeAsync());
    }

    private static async Task ActiveAsync(int sessions, int turnsEach = 3)
    {
        string[] questions = ["van piros futócipő 40-es méretben?", "és kékben is van?", "mennyi a szállítási díj?", "milyen fizetési módok vannak?"];
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var clients = await Task.WhenAll(Enumerable.Range(0, sessions).Select(async _ => await HelloAsync(await NewSessionAsync(), 0)));
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (client, i) =>
        {
            for (var turn = 0; turn < turnsEach; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                var answer = client.NextMessageAsync();
                await client.Connection.InvokeAsync("Send", $"b-{i}-{turn}", questions[(i + turn) % questions.Length]);
                if (await answer is null)
                {
                    Interlocked.Increment(ref failures);
                }
                else
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }));
        var elapsed = watch.Elapsed;
        var sorted = latencies.Order().ToArray();
        Console.WriteLine($"active: {sessions} sessions × {turnsEach} turns = {sorted.Length:N0} answers in {elapsed.TotalSeconds:0.0} s = {sorted.Length / elapsed.TotalSeconds:0.0} answers/s " +
            $"({2 * sorted.Length / elapsed.TotalSeconds:0.0} stored messages/s); send→answer p50 {Percentile(sorted, 0.5):0} ms, p99 {Percentile(sorted, 0.99):0} ms, max {sorted.LastOrDefault():0} ms; failures {failures}");
        await Task.WhenAll(clients.Select(c => c.Connection.DisposeAsync().AsTask()));
    }

    private static async Task StormAsync(Process frontend, int count)
    {
        var sessions = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => NewSessionAsync()));
        var first = new List<BenchClient>();
        foreach (var chunk in sessions.Chunk(200))
        {
            first.AddRange(await Task.WhenAll(chunk.Select(s => HelloAsync(s, 0))));
        }

        // Every client loses its connection at once (a frontend restart, a network blip) and comes back.
        await Task.WhenAll(first.Select(c => c.Connection.DisposeAsync().AsTask()));
        var times = new ConcurrentBag<double>();
        var failures = 0;
        var watch = Stopwatch.StartNew();
        var second = await Task.WhenAll(sessions.Select(async s =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var client = await HelloAsync(s, 0);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return client;
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TimeoutException or System.Net.WebSockets.WebSocketException)
            {
                Interlocked.Increment(ref failures);
                return null;
            }
        }));
        var elapsed = watch.Elapsed;
        var sorted = times.Order().ToArray();
        Console.WriteLine($"storm: {sorted.Length:N0} of {count:N0} reconnected and said Hello in {elapsed.TotalSeconds:0.0} s; " +
            $"per client p50 {Percentile(sorted, 0.5):0} ms, p99 {Percentile(sorted, 0.99):0} ms; failures {failures}; frontend RSS {RssMb(frontend):0} MB");
        await Task.WhenAll(second.OfType<BenchClient>().Select(c => c.Connection.DisposeAsync().AsTask()));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static HubConnection Connect() => new HubConnectionBuilder()
        .WithUrl(new Uri(Base, "/hubs/chat?shop=demo"), o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
        })
        .Build();

    private static readonly HttpClient Http = new() { BaseAddress = Base };

    private static async Task<(string Id, string Token)> NewSessionAsync()
    {
        using var response = await Http.PostAsync("/api/v1/sessions?shop=demo", null);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("session_id").GetString()!, body.GetProperty("token").GetString()!);
    }

    private static async Task<BenchClient> HelloAsync((string Id, string Token) session, int lastSeq)
    {
        var client = new BenchClient(Connect());
        await client.Connection.StartAsync();
        await client.Connection.InvokeAsync("Hello", session.Id, session.Token, lastSeq);
        return client;
    }

    private sealed class BenchClient
    {
        private TaskCompletionSource<JsonElement?> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public BenchClient(HubConnection connection)
        {
            Connection = connection;
            connection.On<JsonElement>("Message", m => _next.TrySetResult(m));
            connection.On<string, string>("Error", (_, _) => _next.TrySetResult(null));
        }

        public HubConnection Connection { get; }

        public async Task<JsonElement?> NextMessageAsync()
        {
            var next = _next = new TaskCompletionSource<JsonElement?>(TaskCreationOptions.RunContinuationsAsynchronously);
            return await next.Task.WaitAsync(TimeSpan.FromMinutes(5));
        }
    }

    private static Process StartFrontend()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatBuddy.sln")))
        {
            dir = dir.Parent;
        }

        var dll = Path.Combine(dir!.FullName, "artifacts", "bin", "ChatBuddy.Frontend", "release", "ChatBuddy.Frontend.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("demo");
        // PostgreSQL on this machine allows 100 connections shared by everything: the frontend's data
        // source and its grain storage each get a small pool, and turns queue for a connection.
        start.Environment["CHATBUDDY_DATABASE"] = "Host=127.0.0.1;Port=5432;Username=chatbuddy;Password=chatbuddy;Database=chatbuddy_bench_realtime;Maximum Pool Size=12;Timeout=60;SSL Mode=Disable";
        start.Environment["CHATBUDDY_PORT"] = Port;
        start.Environment["ChatBuddy__Orleans__SiloPort"] = "11190";
        start.Environment["ChatBuddy__Orleans__GatewayPort"] = "30190";
        start.Environment["ChatBuddy__Orleans__ClusterId"] = "bench-realtime";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        // Every client comes from 127.0.0.1: lift the per-address limits (30 new sessions and 60 messages
        // a minute) that would otherwise refuse all but the first few; per-session limits still apply.
        start.Environment["ChatBuddy__RateLimits__Sessions__PerIp__PermitLimit"] = "1000000";
        start.Environment["ChatBuddy__RateLimits__Chat__PerIp__PermitLimit"] = "1000000";
        var process = Process.Start(start)!;
        var errors = 0;
        process.OutputDataReceived += (_, e) =>
        {
            // JSON console logs: show the first server-side errors, they explain client failures.
            if (e.Data is { } line && line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) && Interlocked.Increment(ref errors) <= 3)
            {
                Console.Error.WriteLine("frontend: " + (line.Length > 1500 ? line[..1500] : line));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("frontend: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync("/health", timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(1000, timeout.Token);
        }
    }

    private static double RssMb(Process process)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
