using ChatBuddy.Frontend.Hosting;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Demo;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Grains.Import;
using ChatBuddy.Grains.Orders;
using ChatBuddy.Grains.Tenants;
using Npgsql;
using Spectre.Console;

namespace ChatBuddy.Frontend.Cli;

/// <summary>
/// <c>./chatbuddy</c>: serve, demo, migrate and import. Anything else (including the switches a test
/// host passes) starts the web host.
/// </summary>
public static class ChatBuddyCli
{
    private static readonly string[] Commands = ["serve", "demo", "migrate", "import", "help", "--help", "-h"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        try
        {
            return args switch
            {
                ["serve", .. var rest] => await ServeAsync(configuration, loadDemo: false, rest),
                ["demo", "generate", var directory] => await GenerateDemoAsync(directory),
                ["demo", "load"] => await LoadDemoAsync(configuration),
                ["demo", .. var rest] when rest.Length == 0 || rest[0].StartsWith("--", StringComparison.Ordinal) => await ServeAsync(configuration, loadDemo: true, rest),
                ["migrate"] => await MigrateAsync(configuration),
                ["import", var kind, var file, .. var rest] when kind is "products" or "orders" => await ImportAsync(configuration, kind, file, ShopOption(rest)),
                _ => Usage(),
            };
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return 1;
        }
    }

    private static int Usage()
    {
        AnsiConsole.Write(new Markup(
            """
            [bold]chatbuddy[/] — the ChatBuddy shop assistant

              [green]demo[/]                          migrate, load the demo shop and serve it
              [green]demo load[/]                     migrate and load the demo shop only
              [green]demo generate[/] DIR             write the demo shop's files (products, orders, policies)
              [green]serve[/]                         migrate and serve whatever the database holds
              [green]migrate[/]                       create the database if missing and apply migrations
              [green]import products[/] FILE [[--shop ID]]  upsert products from JSON Lines (docs/import-format.md)
              [green]import orders[/] FILE [[--shop ID]]    upsert orders from JSON Lines

            Environment: CHATBUDDY_DATABASE (Npgsql connection string), CHATBUDDY_DB_NAME, CHATBUDDY_PORT (8000),
            CHATBUDDY_REDIS (Redis clustering for many silos), CHATBUDDY_SHOP (default shop id for imports: demo).

            """));
        return 2;
    }

    private static async Task<int> ServeAsync(IConfiguration configuration, bool loadDemo, string[] hostArgs)
    {
        await MigrateAsync(configuration);
        if (loadDemo)
        {
            await LoadDemoAsync(configuration);
        }

        var app = ChatBuddyWebApp.Build(hostArgs);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"ChatBuddy is serving {url} (health: {url}/health, API docs: {url}/docs)");
            }
        });
        await app.RunAsync();
        return 0;
    }

    private static async Task<int> MigrateAsync(IConfiguration configuration)
    {
        var connectionString = ChatBuddyConfiguration.Database(configuration).Resolve();
        var result = await AnsiConsole.Status().StartAsync("Migrating the database…", _ => DatabaseMigrator.MigrateAsync(connectionString));
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        AnsiConsole.MarkupLineInterpolated($"[green]✓[/] database [bold]{database}[/]: {result.Applied.Count} migration(s) applied now, {result.Total} in all");
        return 0;
    }

    private static async Task<int> LoadDemoAsync(IConfiguration configuration)
    {
        await MigrateAsync(configuration);
        await using var db = ChatBuddyDataSource.Create(ChatBuddyConfiguration.Database(configuration).Resolve());
        var loader = new DemoShopLoader(new ShopRepository(db), new ProductImporter(db), new OrderImporter(db));
        var (products, orders) = await AnsiConsole.Status().StartAsync("Loading the demo shop…", _ => loader.LoadAsync(DemoShopGenerator.Generate()));
        AnsiConsole.MarkupLineInterpolated($"[green]✓[/] demo shop [bold]{DemoShopGenerator.ShopId}[/]: {products.Upserted} products, {orders.Upserted} orders");
        return products.Errors.Count + orders.Errors.Count == 0 ? 0 : 1;
    }

    private static async Task<int> GenerateDemoAsync(string directory)
    {
        await DemoShopLoader.WriteAsync(DemoShopGenerator.Generate(), directory);
        AnsiConsole.MarkupLineInterpolated($"[green]✓[/] wrote the demo shop to {directory}");
        return 0;
    }

    private static async Task<int> ImportAsync(IConfiguration configuration, string kind, string file, string? shopOption)
    {
        if (!File.Exists(file))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] no such file: {file}");
            return 1;
        }

        var shopId = shopOption ?? configuration["CHATBUDDY_SHOP"] ?? DemoShopGenerator.ShopId;
        var connectionString = ChatBuddyConfiguration.Database(configuration).Resolve();
        await DatabaseMigrator.MigrateAsync(connectionString);
        await using var db = ChatBuddyDataSource.Create(connectionString);
        await new ShopRepository(db).EnsureAsync(shopId, shopId);

        await using var stream = File.OpenRead(file);
        var report = await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Importing {kind}", maxValue: Math.Max(1, stream.Length));
                var progress = new Progress<int>(_ => task.Value = stream.Position);
                var result = kind == "products"
                    ? await new ProductImporter(db).ImportAsync(shopId, stream, progress)
                    : await new OrderImporter(db).ImportAsync(shopId, stream, progress);
                task.Value = task.MaxValue;
                return result;
            });
        return PrintReport(kind, shopId, report);
    }

    private static int PrintReport(string kind, string shopId, ImportReport report)
    {
        var rate = report.Elapsed.TotalSeconds > 0 ? report.Upserted / report.Elapsed.TotalSeconds : 0;
        AnsiConsole.MarkupLineInterpolated(
            $"[green]✓[/] {report.Upserted} {kind} upserted into shop [bold]{shopId}[/] in {report.Elapsed.TotalSeconds:0.00} s ({rate:0} /s); {report.Errors.Count} line(s) rejected");
        if (report.Errors.Count == 0)
        {
            return 0;
        }

        var table = new Table().AddColumn("line").AddColumn("reason");
        foreach (var error in report.Errors.Take(50))
        {
            table.AddRow(error.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(error.Reason));
        }

        AnsiConsole.Write(table);
        if (report.Errors.Count > 50)
        {
            AnsiConsole.MarkupLineInterpolated($"… and {report.Errors.Count - 50} more");
        }

        return 2;
    }

    private static string? ShopOption(string[] rest) => rest is ["--shop", var shop, ..] ? shop : null;
}
