using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Grains.Security.Audit;
using Spectre.Console;

namespace ChatBuddy.Frontend.Cli;

/// <summary><c>./chatbuddy audit verify</c>: recomputes every audit chain and names each row that was edited, inserted or deleted.</summary>
public static class AuditCommand
{
    public const string Usage =
        """
          [green]audit verify[/]                  check the hash chains of the audit log; exit 1 when any row was edited or deleted
        """;

    public static async Task<int> VerifyAsync(IConfiguration configuration)
    {
        var connectionString = ChatBuddyConfiguration.Database(configuration).Resolve();
        await DatabaseMigrator.MigrateAsync(connectionString);
        await using var services = new ServiceCollection().AddChatBuddyData(connectionString, configuration).BuildServiceProvider();
        var result = await AnsiConsole.Status().StartAsync("Verifying the audit log…", _ => services.GetRequiredService<AuditChainVerifier>().VerifyAsync());
        if (result.IsIntact)
        {
            AnsiConsole.MarkupLineInterpolated($"[green]✓[/] audit log intact: {result.Rows} row(s) in {result.Chains} chain(s)");
            return 0;
        }

        var table = new Table().AddColumns("Chain", "Seq", "Row", "Problem");
        foreach (var problem in result.Breaks)
        {
            table.AddRow(
                Markup.Escape(problem.Chain.Length == 0 ? "(no shop)" : problem.Chain),
                problem.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                problem.RowId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                Markup.Escape(problem.Problem));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"[red]✗[/] audit log tampered: {result.Breaks.Count} problem(s) in {result.Rows} row(s) of {result.Chains} chain(s)");
        return 1;
    }
}
