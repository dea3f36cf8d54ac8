using System.Diagnostics;
using System.Globalization;
using ChatBuddy.Grains.Data;
using ChatBuddy.Tests.Emulators.Shops;
using Npgsql;

namespace ChatBuddy.Bench;

/// <summary>
/// The webshop sync benchmark: both platform emulators seeded with 20,000 products and 5,000 orders,
/// a full sync through <c>./chatbuddy sync --full</c>, then 1,000 product changes and an incremental
/// sync, per platform, on a fresh database. Also <c>emulate</c>: one emulator on a fixed port for trying
/// the CLI by hand.
/// </summary>
public static class SyncBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var products = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var orders = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000;
        var changes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000;
        var options = DatabaseOptions.FromEnvironment(Environment.GetEnvironmentVariable);
        options.DatabaseName = "chatbuddy_bench_sync";
        await DropAsync(options.Resolve());
        var root = RepositoryRoot();
        var now = DateTimeOffset.UtcNow;

        await using (var shoprenter = await ShoprenterEmulator.StartAsync(ShopSeed.Generate(products, orders, now)))
        {
            string[] credentials = ["--platform", "shoprenter", "--base-url", shoprenter.BaseUrl.ToString(), "--client-id", ShoprenterEmulator.ClientId, "--client-secret", ShoprenterEmulator.ClientSecret, "--shop", "bench-sr"];
            Console.WriteLine($"== Shoprenter emulator: {products} products, {orders} orders, {shoprenter.Shop.Customers.Count} customers");
            await RunCliAsync(root, options.DatabaseName, [.. credentials, "--full"], "full");
            Console.WriteLine($"   emulator: {shoprenter.Requests} API requests, {shoprenter.RateLimited} answered 429, {shoprenter.TokensIssued} token(s)");
            var before = shoprenter.Requests;
            shoprenter.Shop.ChangeProducts(changes, DateTimeOffset.UtcNow);
            await RunCliAsync(root, options.DatabaseName, credentials, $"incremental ({changes} changed products)");
            Console.WriteLine($"   emulator: {shoprenter.Requests - before} API requests, {shoprenter.RateLimited} answered 429 in all");
        }

        await using (var unas = await UnasEmulator.StartAsync(ShopSeed.Generate(products, orders, now), vip: false))
        {
            string[] credentials = ["--platform", "unas", "--base-url", unas.BaseUrl.ToString(), "--api-key", UnasEmulator.ApiKey, "--package", "premium", "--shop", "bench-unas"];
            Console.WriteLine($"== UNAS emulator (PREMIUM limits): {products} products, {orders} orders, {unas.Shop.Customers.Count} customers");
            await RunCliAsync(root, options.DatabaseName, [.. credentials, "--full"], "full");
            PrintUnasCalls(unas);
            unas.Shop.ChangeProducts(changes, DateTimeOffset.UtcNow);
            await RunCliAsync(root, options.DatabaseName, credentials, $"incremental ({changes} changed products)");
            PrintUnasCalls(unas);
        }

        if (Environment.GetEnvironmentVariable("BENCH_KEEP_DB") != "1")
        {
            await DropAsync(options.Resolve());
        }

        return 0;
    }

    public static async Task<int> EmulateAsync(string platform, string[] args)
    {
        var port = Option(args, "--port", 9100);
        var seed = ShopSeed.Generate(Option(args, "--products", 20_000), Option(args, "--orders", 5_000), DateTimeOffset.UtcNow);
        await using IAsyncDisposable emulator = platform switch
        {
            "shoprenter" => await ShoprenterEmulator.StartAsync(seed, port: port),
            "unas" => await UnasEmulator.StartAsync(seed, vip: args.Contains("--vip"), port: port),
            _ => throw new ArgumentException("emulate shoprenter|unas [--port N] [--products N] [--orders N] [--vip]"),
        };
        Console.WriteLine(platform == "shoprenter"
            ? $"Shoprenter emulator on http://127.0.0.1:{port} (client id {ShoprenterEmulator.ClientId}, secret {ShoprenterEmulator.ClientSecret}); Ctrl+C stops it"
            : $"UNAS emulator on http://127.0.0.1:{port} (API key {UnasEmulator.ApiKey}); Ctrl+C stops it");
        var stop = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.TrySetResult();
        };

        // Started in the background, a process ignores Ctrl+C: stop on SIGTERM as well.
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        await stop.Task;
        return 0;
    }

    private static void PrintUnasCalls(UnasEmulator unas) =>
        Console.WriteLine($"   UNAS calls this hour: getProduct {unas.CallsInHour("getProduct:many")}/30, getOrder {unas.CallsInHour("getOrder:many")}/30, getCustomer {unas.CallsInHour("getCustomer:many")}/30, getCategory {unas.CallsInHour("getCategory:many")}/30, getOrderStatus {unas.CallsInHour("getOrderStatus:many")}/30, logins {unas.Logins}");

    private static async Task RunCliAsync(string root, string database, string[] arguments, string label)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "artifacts", "bin", "ChatBuddy.Frontend", "release", "ChatBuddy.Frontend.dll"));
        start.ArgumentList.Add("sync");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHATBUDDY_DB_NAME"] = database;
        start.Environment["COLUMNS"] = "120";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = (await output).Split('\n').Where(l => l.Contains('│', StringComparison.Ordinal) || l.Contains("sync of shop", StringComparison.Ordinal) || l.Contains("retry", StringComparison.Ordinal) || l.Contains("failed", StringComparison.Ordinal) || l.StartsWith(' '));
        Console.WriteLine($"-- {label}: exit {process.ExitCode}, whole command {clock.Elapsed.TotalSeconds:0.0} s (process start, migration check and a private silo included)");
        foreach (var line in lines)
        {
            Console.WriteLine("   " + line.TrimEnd());
        }

        if (process.ExitCode != 0)
        {
            Console.WriteLine(await error);
        }
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i && i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChatBuddy.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmark from within the repository");
    }

    private static async Task DropAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
