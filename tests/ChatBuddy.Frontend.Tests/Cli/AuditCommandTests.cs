using ChatBuddy.Grains.Security.Audit;
using ChatBuddy.Tests.Infrastructure;

namespace ChatBuddy.Frontend.Tests.Cli;

/// <summary><c>./chatbuddy audit verify</c> as an operator runs it, on a database of its own.</summary>
public sealed class AuditCommandTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task VerifyPassesOnAnIntactLogAndNamesTheEditedRowAfterTampering()
    {
        var trail = new PostgresAuditTrail(_database.DataSource);
        for (var i = 0; i < 5; i++)
        {
            await trail.RecordAsync(new AuditEvent("demo", "admin:ops", "admin.action", $"route:{i}"), Ct);
        }

        var intact = await VerifyAsync();
        Assert.True(intact.ExitCode == 0, intact.Output);
        Assert.Contains("audit log intact: 5 row(s) in 1 chain(s)", intact.Output);

        await _database.ScalarAsync<int>(
            """
            ALTER TABLE audit_logs DISABLE TRIGGER audit_logs_no_update;
            UPDATE audit_logs SET subject = 'route:forged' WHERE chain_seq = 3;
            ALTER TABLE audit_logs ENABLE TRIGGER audit_logs_no_update;
            SELECT 1
            """);

        var tampered = await VerifyAsync();
        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains("audit log tampered: 1 problem(s)", tampered.Output);
    }

    private Task<(int ExitCode, string Output)> VerifyAsync() =>
        CliProcess.RunAsync(["audit", "verify"], new Dictionary<string, string> { ["CHATBUDDY_DATABASE"] = _database.ConnectionString }, Ct);
}
