using ChatBuddy.Grains.Security.Audit;
using ChatBuddy.Tests.Infrastructure;
using Npgsql;

namespace ChatBuddy.Grains.Tests.Security;

/// <summary>
/// The hash-chained audit log on real PostgreSQL: concurrent writers keep each shop's chain whole, the
/// application cannot change history, and every kind of tampering a superuser could do is reported.
/// Each test gets its own database because tampering is the point.
/// </summary>
public sealed class AuditLogTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private PostgresAuditTrail _trail = null!;
    private AuditChainVerifier _verifier = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        _trail = new PostgresAuditTrail(_db.DataSource);
        _verifier = new AuditChainVerifier(_db.DataSource);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task ConcurrentWritersBuildOneGaplessChainPerShop()
    {
        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => _trail.RecordAsync(
            new AuditEvent(
                (i % 3) switch { 0 => "shop-a", 1 => "shop-b", _ => null },
                $"session:{i}",
                AuditActions.OrderLookup,
                $"order:{i}",
                new Dictionary<string, string> { ["outcome"] = "found", ["quote\"d"] = "ű\n<b>" }),
            Ct)));

        var result = await _verifier.VerifyAsync(Ct);

        Assert.True(result.IsIntact, string.Join("; ", result.Breaks));
        Assert.Equal(60, result.Rows);
        Assert.Equal(3, result.Chains);
        Assert.Equal(20, await _db.ScalarAsync<long>("SELECT max(chain_seq) FROM audit_logs WHERE chain = 'shop-a'"));
        Assert.Equal(20, await _db.ScalarAsync<long>("SELECT count(DISTINCT chain_seq) FROM audit_logs WHERE chain = ''"));
    }

    [Theory]
    [InlineData("UPDATE audit_logs SET details = '{\"outcome\":\"denied\"}' WHERE chain_seq = 2")]
    [InlineData("UPDATE audit_logs SET actor = 'admin:someone-else' WHERE chain_seq = 2")]
    [InlineData("UPDATE audit_logs SET occurred_at = occurred_at - interval '1 day' WHERE chain_seq = 2")]
    public async Task AnEditedRowIsNamed(string edit)
    {
        await RecordAsync("shop-a", 4);

        await AsSuperuserWithoutTriggerAsync(edit);
        var result = await _verifier.VerifyAsync(Ct);

        var problem = Assert.Single(result.Breaks);
        Assert.Equal(("shop-a", 2L), (problem.Chain, problem.Sequence));
        Assert.Contains("edited", problem.Problem);
    }

    [Fact]
    public async Task ADeletedMiddleRowBreaksTheSequenceAndTheLink()
    {
        await RecordAsync("shop-a", 4);

        await AsSuperuserWithoutTriggerAsync("DELETE FROM audit_logs WHERE chain_seq = 2");
        var result = await _verifier.VerifyAsync(Ct);

        Assert.Contains(result.Breaks, b => b.Sequence == 3 && b.Problem.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(result.Breaks, b => b.Sequence == 3 && b.Problem.Contains("does not link", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADeletedTailFallsShortOfTheChainHead()
    {
        await RecordAsync("shop-a", 4);

        await AsSuperuserWithoutTriggerAsync("DELETE FROM audit_logs WHERE chain_seq >= 3");
        var result = await _verifier.VerifyAsync(Ct);

        var problem = Assert.Single(result.Breaks);
        Assert.Contains("head says 4", problem.Problem);
    }

    [Fact]
    public async Task ARowMovedToAnotherShopIsNamed()
    {
        await RecordAsync("shop-a", 2);

        await AsSuperuserWithoutTriggerAsync("UPDATE audit_logs SET shop_id = 'shop-b' WHERE chain_seq = 1");
        var result = await _verifier.VerifyAsync(Ct);

        Assert.Contains(result.Breaks, b => b.Sequence == 1 && b.Problem.Contains("another shop", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UPDATE audit_logs SET actor = 'x'")]
    [InlineData("DELETE FROM audit_logs")]
    [InlineData("TRUNCATE audit_logs")]
    public async Task HistoryCannotBeChangedThroughTheTable(string sql)
    {
        await RecordAsync("shop-a", 1);

        var error = await Assert.ThrowsAsync<PostgresException>(() => _db.ScalarAsync<int>(sql));

        Assert.Contains("append-only", error.MessageText);
        Assert.True((await _verifier.VerifyAsync(Ct)).IsIntact);
    }

    [Fact]
    public async Task TextPostgreSqlCannotStoreIsRecordedReplacedNotRefused()
    {
        await _trail.RecordAsync(new AuditEvent("shop\0a", "admin:ops", "admin.action", "route\0x", new Dictionary<string, string> { ["k\0"] = "v\0" }), Ct);

        Assert.Equal("route\ufffdx", await _db.ScalarAsync<string>("SELECT subject FROM audit_logs"));
        Assert.Equal("v\ufffd", await _db.ScalarAsync<string>("SELECT details->>'k\ufffd' FROM audit_logs"));
        Assert.True((await _verifier.VerifyAsync(Ct)).IsIntact);
    }

    [Fact]
    public async Task AnEmptyLogIsIntact()
    {
        var result = await _verifier.VerifyAsync(Ct);

        Assert.True(result.IsIntact);
        Assert.Equal((0, 0L), (result.Chains, result.Rows));
    }

    private async Task RecordAsync(string shop, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await _trail.RecordAsync(new AuditEvent(shop, "admin:ops", "admin.action", $"route:{i}"), Ct);
        }

        Assert.True((await _verifier.VerifyAsync(Ct)).IsIntact);
    }

    private Task<int> AsSuperuserWithoutTriggerAsync(string sql) => _db.ScalarAsync<int>(
        $"""
        ALTER TABLE audit_logs DISABLE TRIGGER audit_logs_no_update;
        {sql};
        ALTER TABLE audit_logs ENABLE TRIGGER audit_logs_no_update;
        SELECT 1
        """);
}
