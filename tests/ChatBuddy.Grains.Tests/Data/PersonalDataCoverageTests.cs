using ChatBuddy.Grains.Security.Gdpr;
using ChatBuddy.Tests.Infrastructure;

namespace ChatBuddy.Grains.Tests.Data;

/// <summary>A new table with a name-, e-mail-, phone- or address-like column must be classified for GDPR export and erasure.</summary>
public sealed class PersonalDataCoverageTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task EveryTableWithAPersonalLookingColumnIsCoveredOrDeclaredNotPersonal()
    {
        var unclassified = await UnclassifiedAsync();
        Assert.True(unclassified.Count == 0, $"Add these tables to PersonalDataTables (and to export/erasure if personal): {string.Join(", ", unclassified)}");
    }

    [Fact]
    public async Task ANewTableWithAnEmailColumnIsCaught()
    {
        await db.ScalarAsync<int>("CREATE TABLE IF NOT EXISTS gdpr_probe_newsletter (shop_id text, subscriber_email text)");
        try
        {
            Assert.Contains("gdpr_probe_newsletter", await UnclassifiedAsync());
        }
        finally
        {
            await db.ScalarAsync<int>("DROP TABLE gdpr_probe_newsletter");
        }
    }

    private async Task<List<string>> UnclassifiedAsync()
    {
        var unclassified = new List<string>();
        await using var command = db.DataSource.CreateCommand(
            """
            SELECT DISTINCT c.table_name::text FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public'
              AND c.column_name ~ '(mail|phone|name|address|first|last|birth|content|body|to_|ip|customer|user)'
            ORDER BY 1
            """);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            if (!PersonalDataTables.IsClassified(reader.GetString(0)))
            {
                unclassified.Add(reader.GetString(0));
            }
        }

        return unclassified;
    }

    [Fact]
    public async Task EveryPersonalTableExistsAndHasAShopColumnForRowLevelSecurity()
    {
        foreach (var table in PersonalDataTables.Personal)
        {
            Assert.Equal(1, await db.ScalarAsync<int>(
                "SELECT count(*)::int FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'shop_id'", table));
            Assert.True(await db.ScalarAsync<bool>("SELECT relrowsecurity FROM pg_class WHERE relname = $1 AND relkind = 'r'", table), $"{table} has no row level security");
        }
    }
}
