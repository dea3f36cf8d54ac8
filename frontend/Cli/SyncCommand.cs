using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ChatBuddy.GrainInterfaces.Shops;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Hosting;
using Spectre.Console;

namespace ChatBuddy.Frontend.Cli;

/// <summary>
/// <c>./chatbuddy sync</c>: connects a shop to Shoprenter or UNAS and runs one sync through its tenant
/// grain on a private in-process silo (same storage, so watermarks and the UNAS call ledger carry over
/// to the served app), with a progress bar and a final report.
/// </summary>
public static class SyncCommand
{
    public const string Usage =
        """
          [green]sync[/] --platform shoprenter|unas --base-url URL [[credentials]] [[--shop ID]] [[--full]] [[--low-stock N]] [[--alert-email ADDRESS]] [[--interval MIN]]
                 Shoprenter: --client-id ID --client-secret SECRET (or CHATBUDDY_SHOPRENTER_CLIENT_SECRET)
                 UNAS: --api-key KEY (or CHATBUDDY_UNAS_API_KEY) [[--package premium|vip]]
        """;

    public static async Task<int> RunAsync(IConfiguration configuration, string[] args, string defaultShop)
    {
        var options = Parse(args);
        if (options.Problems.Count > 0)
        {
            foreach (var problem in options.Problems)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {problem}");
            }

            return 2;
        }

        var settings = new ShopSyncSettings(options.Connection!, options.LowStock, options.Interval, options.AlertEmail);
        if (settings.Validate() is { Count: > 0 } invalid)
        {
            foreach (var problem in invalid)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {problem}");
            }

            return 2;
        }

        var shopId = options.Shop ?? defaultShop;
        var connectionString = ChatBuddyConfiguration.Database(configuration).Resolve();
        await DatabaseMigrator.MigrateAsync(connectionString);
        using var host = await StartSiloAsync(configuration, connectionString);
        var shop = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IShopTenantGrain>(shopId);
        await shop.ConfigureSyncAsync(settings);

        var kind = options.Full ? SyncKind.Full : SyncKind.Incremental;
        var before = (await shop.GetSyncStatusAsync()).LastReport;
        var report = await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var status = await shop.StartSyncAsync(kind);
                while (status.Running || status.LastReport == before)
                {
                    if (status.Resource is { } resource && resource != "starting")
                    {
                        if (!tasks.TryGetValue(resource, out var task))
                        {
                            foreach (var done in tasks.Values)
                            {
                                done.Value = done.MaxValue;
                            }

                            tasks[resource] = task = context.AddTask(resource, maxValue: 1);
                        }

                        task.Description = $"{resource} ({status.Done.ToString("N0", CultureInfo.InvariantCulture)})";
                        task.IsIndeterminate = status.Total is null;
                        if (status.Total is { } pages && pages > 0)
                        {
                            task.MaxValue = pages;
                            task.Value = Math.Min(pages, PageOf(status));
                        }
                    }

                    await Task.Delay(250);
                    status = await shop.GetSyncStatusAsync();
                }

                foreach (var task in tasks.Values)
                {
                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                }

                return status.LastReport!;
            });

        Print(shopId, settings.Connection, report);
        await host.StopAsync();
        return report.Succeeded ? 0 : 1;
    }

    private static double PageOf(SyncStatus status) => status.Total is { } pages && pages > 0 ? Math.Ceiling(status.Done / Math.Max(1.0, status.Done / (double)Math.Max(1, pages))) : 0;

    private static void Print(string shopId, ShopConnection connection, SyncReport report)
    {
        var table = new Table().AddColumns("what", "count");
        foreach (var (key, value) in report.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            table.AddRow(key, value.ToString("N0", CultureInfo.InvariantCulture));
        }

        table.AddRow("[grey]API calls[/]", report.ApiCalls.ToString("N0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        if (report.Succeeded)
        {
            AnsiConsole.MarkupLineInterpolated($"[green]✓[/] {report.Kind.ToString().ToLowerInvariant()} sync of shop [bold]{shopId}[/] from {connection.Platform} finished in {report.Elapsed.TotalSeconds:0.0} s");
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated($"[red]✗[/] sync of shop [bold]{shopId}[/] stopped after {report.Elapsed.TotalSeconds:0.0} s: {report.Error}");
            if (report.RetryAt is { } retryAt)
            {
                AnsiConsole.MarkupLineInterpolated($"  retry after {retryAt.ToLocalTime():yyyy-MM-dd HH:mm:ss}");
            }
        }
    }

    private static async Task<IHost> StartSiloAsync(IConfiguration configuration, string connectionString)
    {
        var orleans = ChatBuddyConfiguration.Orleans(configuration);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();

        // Same service id as the served app (grain state is keyed by it), a cluster of its own so a
        // running server is never joined.
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePort(), FreePort(), serviceId: orleans.ServiceId, clusterId: $"cli-{Guid.NewGuid():N}")
            .AddChatBuddyStorage(connectionString));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static SyncOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--full")
            {
                flags.Add("full");
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                problems.Add($"unexpected argument '{args[i]}'");
            }
        }

        string? Value(string name, string? environment = null) =>
            values.TryGetValue(name, out var v) ? v : environment is null ? null : Environment.GetEnvironmentVariable(environment);

        int Number(string name, int fallback)
        {
            if (Value(name) is not { } text)
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            problems.Add($"--{name} must be a whole number");
            return fallback;
        }

        var platform = Value("platform") switch
        {
            "shoprenter" => ShopPlatform.Shoprenter,
            "unas" => ShopPlatform.Unas,
            null => (ShopPlatform?)null,
            var other => null,
        };
        if (platform is null)
        {
            problems.Add("--platform must be 'shoprenter' or 'unas'");
        }

        if (!Uri.TryCreate(Value("base-url"), UriKind.Absolute, out var baseUrl))
        {
            problems.Add("--base-url must be an absolute URL (e.g. https://myshop.api2.myshoprenter.hu or https://api.unas.eu)");
        }

        var connection = platform is { } p && baseUrl is not null
            ? p == ShopPlatform.Shoprenter
                ? new ShopConnection(p, baseUrl, Value("client-id"), Value("client-secret", "CHATBUDDY_SHOPRENTER_CLIENT_SECRET") ?? "")
                : new ShopConnection(p, baseUrl, null, Value("api-key", "CHATBUDDY_UNAS_API_KEY") ?? "", Value("package") ?? "premium")
            : null;
        return new SyncOptions(connection, Value("shop"), flags.Contains("full"), Number("low-stock", 5), Number("interval", 15), Value("alert-email"), problems);
    }

    private sealed record SyncOptions(ShopConnection? Connection, string? Shop, bool Full, int LowStock, int Interval, string? AlertEmail, List<string> Problems);
}
