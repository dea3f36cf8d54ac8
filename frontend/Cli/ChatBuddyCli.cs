using ChatBuddy.Frontend.Hosting;
using ChatBuddy.Grains.Assistant.Routing;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Catalog.Embeddings;
using ChatBuddy.Grains.Catalog.Feeds;
using ChatBuddy.Grains.Catalog.Search;
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
    private static readonly string[] Commands = ["serve", "demo", "migrate", "import", "embed", "eval", "train", "search", "sync", "audit", "admin", "apikey", "help", "--help", "-h"];

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
                ["import", var kind, var file, .. var rest] when kind is "products" or "orders" or "feed" => await ImportAsync(configuration, kind, file, ShopOption(rest)),
                ["sync", .. var rest] => await SyncCommand.RunAsync(configuration, rest, ShopOf(configuration, null)),
                ["admin" or "apikey", ..] => await AccessCommand.RunAsync(WithAppSettings(configuration), args, Console.Out),
                ["embed", .. var rest] => await EmbedAsync(configuration, ShopOption(rest)),
                ["eval", "search", var file, .. var rest] => await EvalSearchAsync(configuration, file, ShopOption(rest)),
                ["eval", "routing", var file, ..] => await EvalRoutingAsync(file),
                ["train", "routing", var directory] => await TrainRoutingAsync(directory),
                ["eval", "guard", var file, "--model", var model] => await GuardCommands.EvalAsync(configuration, file, model),
                ["eval", "guard", var file, ..] => await GuardCommands.EvalAsync(configuration, file),
                ["train", "guard", var directory] => await GuardCommands.TrainAsync(directory),
                ["audit", "verify"] => await AuditCommand.VerifyAsync(configuration),
                ["search", var query, .. var rest] => await SearchAsync(configuration, query, ShopOption(rest)),
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
              [green]import feed[/] FILE [[--shop ID]]      upsert products from a Google Merchant RSS/Atom feed (g: namespace)
            """ + "\n" + SyncCommand.Usage + "\n" + AuditCommand.Usage + "\n" + AccessCommand.Usage + "\n" + """
              [green]embed[/] [[--shop ID]]                 embed products whose text changed (local model by default)
              [green]eval search[/] FILE [[--shop ID]]      nDCG@10, Recall@5 and MRR of product search on a labelled set
              [green]eval routing[/] FILE                 accuracy per agent of the coordinator on a labelled set
              [green]train routing[/] DIR                 retrain the intent model from DIR/training-utterances.jsonl into DIR
              [green]eval guard[/] FILE [[--model ZIP]]     precision, recall, F1 and false positives of the message guard on a labelled set
              [green]train guard[/] DIR                   retrain the injection model from DIR/Data/train/*.jsonl into DIR
              [green]search[/] "QUERY" [[--shop ID]]          what a shopper would find, with the understood filters

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
        await using var services = DataServices(configuration);
        var loader = services.GetRequiredService<DemoShopLoader>();
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

        var shopId = ShopOf(configuration, shopOption);
        await DatabaseMigrator.MigrateAsync(ChatBuddyConfiguration.Database(configuration).Resolve());
        await using var services = DataServices(configuration);
        await services.GetRequiredService<ShopRepository>().EnsureAsync(shopId, shopId);

        await using var stream = File.OpenRead(file);
        var report = await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Importing {kind}", maxValue: Math.Max(1, stream.Length));
                var progress = new Progress<int>(_ => task.Value = stream.Position);
                var result = kind switch
                {
                    "products" => await services.GetRequiredService<ProductImporter>().ImportAsync(shopId, stream, progress),
                    "feed" => await services.GetRequiredService<GoogleFeedImporter>().ImportAsync(shopId, stream, progress),
                    _ => await services.GetRequiredService<OrderImporter>().ImportAsync(shopId, stream, progress),
                };
                task.Value = task.MaxValue;
                return result;
            });
        var exitCode = PrintReport(kind, shopId, report);
        if (kind is "products" or "feed")
        {
            await RefreshEmbeddingsAsync(services, shopId);
        }

        return exitCode;
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

    private static async Task<int> EmbedAsync(IConfiguration configuration, string? shopOption)
    {
        await DatabaseMigrator.MigrateAsync(ChatBuddyConfiguration.Database(configuration).Resolve());
        await using var services = DataServices(configuration);
        await RefreshEmbeddingsAsync(services, shopOption);
        return 0;
    }

    private static async Task RefreshEmbeddingsAsync(ServiceProvider services, string? shopId)
    {
        var indexer = services.GetRequiredService<EmbeddingIndexer>();
        var run = await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Embedding products ({indexer.Model})", maxValue: 1);
                var progress = new Progress<(int Done, int Total)>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                var result = await indexer.RefreshAsync(shopId, progress);
                task.Value = task.MaxValue;
                return result;
            });
        AnsiConsole.MarkupLineInterpolated($"[green]✓[/] {run.Embedded} product embedding(s) refreshed with {run.Model} ({run.FromCache} from the cache); unchanged products were skipped");
    }

    private static async Task<int> EvalSearchAsync(IConfiguration configuration, string file, string? shopOption)
    {
        await using var services = DataServices(configuration);
        await using var stream = File.OpenRead(file);
        var queries = await SearchEvaluation.ReadAsync(stream);
        var summary = await SearchEvaluation.RunAsync(services.GetRequiredService<ProductSearch>(), ShopOf(configuration, shopOption), queries);

        var byKind = new Table().AddColumns("kind", "queries", "nDCG@10", "Recall@5", "MRR");
        foreach (var group in summary.Scores.GroupBy(s => s.Query.Kind ?? "-").OrderBy(g => g.Key))
        {
            byKind.AddRow(group.Key, Count(group.Count()), F(group.Average(s => s.Ndcg10)), F(group.Average(s => s.Recall5)), F(group.Average(s => s.ReciprocalRank)));
        }

        byKind.AddRow("[bold]all[/]", Count(summary.Queries), $"[bold]{F(summary.Ndcg10)}[/]", $"[bold]{F(summary.Recall5)}[/]", $"[bold]{F(summary.Mrr)}[/]");
        AnsiConsole.Write(byKind);
        foreach (var weak in summary.Scores.Where(s => s.Ndcg10 < 0.8 || s.Recall5 < 1).OrderBy(s => s.Ndcg10).Take(15))
        {
            AnsiConsole.MarkupLineInterpolated($"  weak: {weak.Query.Query} — nDCG@10 {F(weak.Ndcg10)}, Recall@5 {F(weak.Recall5)}; top: {string.Join(' ', weak.Top.Take(5))}");
        }

        Console.WriteLine($"nDCG@10={F(summary.Ndcg10)} Recall@5={F(summary.Recall5)} MRR={F(summary.Mrr)} queries={summary.Queries} price_limit_violations={summary.PriceViolations}");
        return summary.PriceViolations == 0 ? 0 : 1;
    }

    private static async Task<int> TrainRoutingAsync(string directory)
    {
        var data = await File.ReadAllBytesAsync(Path.Combine(directory, "training-utterances.jsonl"));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var classifier = IntentClassifier.Train(Utterance.Parse(new MemoryStream(data)));
        await using (var model = File.Create(Path.Combine(directory, "intent-model.zip")))
        {
            classifier.Save(model);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "intent-model.sha256"), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data)) + "\n");
        AnsiConsole.MarkupLineInterpolated($"[green]✓[/] intent model trained in {started.Elapsed.TotalSeconds:0.0} s and written to {directory}");
        return 0;
    }

    private static async Task<int> EvalRoutingAsync(string file)
    {
        await using var stream = File.OpenRead(file);
        var messages = await RoutingEvaluation.ReadAsync(stream);
        var coordinator = new Coordinator(IntentClassifier.LoadShipped());
        var outcomes = RoutingEvaluation.Run(coordinator, messages, DateOnly.FromDateTime(DateTime.UtcNow));
        var table = new Table().AddColumns("agent", "messages", "accuracy");
        foreach (var group in outcomes.GroupBy(o => o.Message.Agents[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(group.Key, Count(group.Count()), F(group.Average(o => o.Correct ? 1.0 : 0.0)));
        }

        var accuracy = outcomes.Average(o => o.Correct ? 1.0 : 0.0);
        table.AddRow("[bold]all[/]", Count(outcomes.Count), $"[bold]{F(accuracy)}[/]");
        AnsiConsole.Write(table);
        foreach (var miss in outcomes.Where(o => !o.Correct))
        {
            var routed = miss.Decision.Clarify ? "clarify" : miss.Decision.Agent;
            AnsiConsole.MarkupLineInterpolated($"  miss: {miss.Message.Text} — expected {string.Join('|', miss.Message.Agents)}, routed {routed} ({F(miss.Decision.Confidence)})");
        }

        Console.WriteLine($"accuracy={F(accuracy)} messages={outcomes.Count} clarified={outcomes.Count(o => o.Decision.Clarify)}");
        return 0;
    }

    private static async Task<int> SearchAsync(IConfiguration configuration, string query, string? shopOption)
    {
        await using var services = DataServices(configuration);
        var response = await services.GetRequiredService<ProductSearch>().SearchAsync(ShopOf(configuration, shopOption), query, 10);
        AnsiConsole.MarkupLineInterpolated($"[grey]filters:[/] {System.Text.Json.JsonSerializer.Serialize(response.Filters)}  [grey]language:[/] {response.Language}");
        var table = new Table().AddColumns("sku", "name", "price", "stock", "score");
        foreach (var hit in response.Results)
        {
            var price = hit.SalePrice is { } sale ? $"{sale} ({hit.Price})" : hit.Price.ToString(System.Globalization.CultureInfo.InvariantCulture);
            table.AddRow(Markup.Escape(hit.Sku), Markup.Escape(hit.Name), price, hit.InStock ? "yes" : "no", F(hit.Score));
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static string F(double value) => value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ServiceProvider DataServices(IConfiguration configuration) =>
        new ServiceCollection().AddChatBuddyData(ChatBuddyConfiguration.Database(configuration).Resolve(), configuration).BuildServiceProvider();

    // Signing keys and the like sit in the app's own settings beside the binary; the environment still wins.
    private static IConfiguration WithAppSettings(IConfiguration environment) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddConfiguration(environment)
            .Build();

    private static string ShopOf(IConfiguration configuration, string? shopOption) =>
        shopOption ?? configuration["CHATBUDDY_SHOP"] ?? DemoShopGenerator.ShopId;

    private static string? ShopOption(string[] rest) => rest is ["--shop", var shop, ..] ? shop : null;
}
