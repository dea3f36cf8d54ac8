using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Carts;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Security.Gdpr;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ChatBuddy.Grains.Tests.Security;

/// <summary>Export and erasure of one shopper against the real schema, grains and audit trail; a second shopper stays untouched.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonalDataTests(ClusterFixture fixture)
{
    private PersonalDataService Service => Services.GetRequiredService<PersonalDataService>();

    private IServiceProvider Services => ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services;

    [Fact]
    public async Task TheExportHoldsTheShopperSRowsFromEveryPersonalTableAndNothingOfAnotherShopper()
    {
        var shop = "gdpr-export";
        var anna = await PersonalDataSeed.SeedAsync(fixture.Database.DataSource, shop, "annaexp");
        var bela = await PersonalDataSeed.SeedAsync(fixture.Database.DataSource, shop, "belaexp");
        await TalkAsync(shop, anna);

        var export = await Service.ExportAsync(new DataSubject(shop, anna.Email.ToUpperInvariant(), null), "admin:test", TestContext.Current.CancellationToken);

        var tables = export["tables"]!.AsObject();
        foreach (var table in PersonalDataTables.Personal)
        {
            Assert.True(tables[table]!.AsArray().Count > 0, $"{table} is missing from the export");
        }

        Assert.Equal(2, tables["orders"]!.AsArray().Count);
        Assert.Equal(3, tables["chat_sessions"]!.AsArray().Count);
        var text = export.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains(anna.Phone, text, StringComparison.Ordinal);
        Assert.DoesNotContain(bela.Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(bela.Phone, text, StringComparison.Ordinal);
        var grainSessions = export["grain_state"]!["chat_sessions"]!.AsObject();
        Assert.Contains(grainSessions, s => s.Value!.ToJsonString().Contains(anna.Email, StringComparison.Ordinal));
        Assert.Single(export["grain_state"]!["carts"]!.AsObject());

        var byId = await Service.ExportAsync(new DataSubject(shop, null, anna.UserId), "admin:test", TestContext.Current.CancellationToken);
        Assert.Equal(anna.Email, byId["email"]!.GetValue<string>());
        Assert.Equal(tables["users"]!.ToJsonString(), byId["tables"]!["users"]!.ToJsonString());
    }

    [Fact]
    public async Task ErasureLeavesNoEmailPhoneOrNameInAnyTableOrGrainStateAndOnlyAPseudonymousAuditRow()
    {
        var shop = "gdpr-erase";
        var anna = await PersonalDataSeed.SeedAsync(fixture.Database.DataSource, shop, "annaerase");
        var bela = await PersonalDataSeed.SeedAsync(fixture.Database.DataSource, shop, "belaerase");
        var conversation = await TalkAsync(shop, anna);
        await fixture.Database.ScalarAsync<int>(
            "INSERT INTO products (shop_id, sku, name, price, stock) VALUES ($1, 'SKU-1', 'Bögre', 12990, 10) ON CONFLICT DO NOTHING", shop);
        var cart = fixture.Cluster.Client.GetGrain<ICustomerCartGrain>(GrainKeys.ForShop(shop, anna.Cart.ToString()));
        Assert.Null((await cart.AddItemAsync("SKU-1", 2)).Error);
        var belaBefore = await CountMentionsAsync(bela);

        var counts = await Service.EraseAsync(new DataSubject(shop, anna.Email, null), "admin:test", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, counts["orders_anonymised"]);
        Assert.Equal(1, counts["users"]);
        Assert.Equal(0, await CountMentionsAsync(anna));
        Assert.Equal(belaBefore, await CountMentionsAsync(bela));
        Assert.Equal(2, await fixture.Database.ScalarAsync<int>("SELECT count(*) FROM orders WHERE number LIKE 'annaerase-%' AND total = 12990 AND email IS NULL"));
        Assert.Empty((await conversation.GetSnapshotAsync()).Transcript);
        Assert.Empty((await cart.GetAsync()).Lines);

        var again = await Service.EraseAsync(new DataSubject(shop, anna.Email, null), "admin:test", cancellationToken: TestContext.Current.CancellationToken);
        Assert.All(again.Where(c => !c.Key.EndsWith("_grains", StringComparison.Ordinal)), c => Assert.Equal(0, c.Value));

        var reexport = await Service.ExportAsync(new DataSubject(shop, anna.Email, null), "admin:test", TestContext.Current.CancellationToken);
        Assert.All(reexport["tables"]!.AsObject(), t => Assert.Empty(t.Value!.AsArray()));
        Assert.Empty(reexport["grain_state"]!["chat_sessions"]!.AsObject());

        var pseudonym = DataSubject.Pseudonym(anna.Email, null);
        Assert.Equal(2, await fixture.Database.ScalarAsync<int>(
            "SELECT count(*) FROM audit_logs WHERE action = $1 AND shop_id = $2 AND subject = $3", PersonalDataService.ErasureAction, shop, pseudonym));
        Assert.Equal(0, await fixture.Database.ScalarAsync<int>(
            "SELECT count(*) FROM audit_logs a WHERE a::text ILIKE '%' || $1 || '%'", anna.Key));
    }

    /// <summary>A real conversation in which the shopper types their e-mail: it lands in chat_messages and in the session grain's state.</summary>
    private async Task<IChatSessionGrain> TalkAsync(string shop, SeededPerson person)
    {
        var session = fixture.Cluster.Client.GetGrain<IChatSessionGrain>(GrainKeys.ForShop(shop, Guid.NewGuid().ToString()));
        await session.AppendAsync(new NewMessage(MessageRole.User, $"A címem {person.Email}, hol a csomagom?", null, null));
        await session.AppendAsync(new NewMessage(MessageRole.Assistant, "Megnézem.", null, "order_status"));
        return session;
    }

    /// <summary>Rows in any table, and grain states, that mention the person's e-mail, phone, name or key.</summary>
    private async Task<int> CountMentionsAsync(SeededPerson person)
    {
        var tables = new List<string>();
        await using (var list = fixture.Database.DataSource.CreateCommand(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'orleansstorage'"))
        await using (var reader = await list.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var total = 0;
        foreach (var table in tables)
        {
            total += await fixture.Database.ScalarAsync<int>(
                $"SELECT count(*)::int FROM \"{table}\" t WHERE t::text ILIKE '%' || $1 || '%' OR t::text ILIKE '%' || $2 || '%' OR t::text ILIKE '%' || $3 || '%'",
                person.Email,
                person.Phone,
                person.Name);
        }

        return total + await fixture.Database.ScalarAsync<int>(
            "SELECT count(*)::int FROM orleansstorage WHERE position(convert_to($1, 'UTF8') IN payloadbinary) > 0", person.Email);
    }
}
