using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBuddy.Frontend.Cli;
using ChatBuddy.Frontend.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>Admin JWTs with kid rotation, hashed API keys scoped to their shop, and the bootstrap admin key.</summary>
[Collection(AccessCollection.Name)]
public sealed class AuthTests(AccessFactory factory)
{
    private const string Handoffs = "/api/v1/admin/handoffs?shop=demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATokenMintedByTheCliOpensTheAdminApi()
    {
        var output = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBuddy:Database:ConnectionString"] = factory.Database.ConnectionString,
            ["ChatBuddy:Auth:Jwt:Keys:0:Kid"] = AccessFactory.OldKid,
            ["ChatBuddy:Auth:Jwt:Keys:0:Secret"] = AccessFactory.OldSecret,
            ["ChatBuddy:Auth:Jwt:Keys:1:Kid"] = AccessFactory.NewKid,
            ["ChatBuddy:Auth:Jwt:Keys:1:Secret"] = AccessFactory.NewSecret,
        }).Build();

        var exit = await AccessCommand.RunAsync(configuration, ["admin", "token", "--sub", "alice", "--minutes", "5"], output);

        Assert.Equal(0, exit);
        var token = output.ToString().Trim();
        Assert.Equal(AccessFactory.NewKid, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Kid);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Handoffs, bearer: token));
        Assert.True(await AccessAdmin.AuditCountAsync(factory, "auth.token_issued", actor: "admin:alice") >= 1);
        Assert.True(await AccessAdmin.AuditCountAsync(factory, "admin.action", "ListHandoffs", "admin:alice") >= 1);
    }

    [Fact]
    public async Task ATokenSignedWithTheStillListedOlderKeyIsAccepted()
    {
        var token = new AdminTokens(AccessAdmin.JwtOptions(), TimeProvider.System).Issue("bob", kid: AccessFactory.OldKid);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Handoffs, bearer: token));
    }

    [Fact]
    public async Task ExpiredForgedWrongKidAndForeignTokensAreRefused()
    {
        var rejectedBefore = await AccessAdmin.AuditCountAsync(factory, "auth.token_rejected");
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var expired = new AdminTokens(AccessAdmin.JwtOptions(), past).Issue("carol");
        var tokens = new[]
        {
            expired,
            AccessAdmin.Forge(AccessFactory.OldKid, AccessFactory.NewSecret),
            AccessAdmin.Forge("unknown-kid", "some-other-secret-that-is-long-enough-0123"),
            AccessAdmin.Forge("unknown-kid", AccessFactory.NewSecret),
            AccessAdmin.Forge(AccessFactory.NewKid, AccessFactory.NewSecret, issuer: "someone-else"),
            AccessAdmin.Forge(AccessFactory.NewKid, AccessFactory.NewSecret, audience: "chatbuddy"),
            "not.a.jwt",
        };

        foreach (var token in tokens)
        {
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.GetAsync(Handoffs, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(rejectedBefore + tokens.Length, await AccessAdmin.AuditCountAsync(factory, "auth.token_rejected"));
    }

    [Fact]
    public async Task AShopLimitedTokenMayNotActOnAnotherShopOrTheWholeInstallation()
    {
        var token = new AdminTokens(AccessAdmin.JwtOptions(), TimeProvider.System).Issue("dora", shopId: "demo");

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Handoffs, bearer: token));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/api/v1/admin/handoffs?shop=other-shop", bearer: token));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/api/v1/admin/ip-blocks", bearer: token));
    }

    [Fact]
    public async Task AnApiKeyIsShownOnceWorksForItsShopOnlyAndStopsWhenRevoked()
    {
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        using var created = await admin.PostAsJsonAsync("/api/v1/admin/shops/demo/api-keys", new { name = "erp sync" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var key = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("id").GetString()!;
        Assert.StartsWith($"cbk_{id}_", key, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Handoffs, apiKey: key));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Handoffs, bearer: key));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/api/v1/admin/handoffs?shop=other-shop", apiKey: key));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/api/v1/admin/shops/other-shop/api-keys", apiKey: key));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/api/v1/admin/ip-blocks", apiKey: key));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Handoffs, apiKey: key[..^2] + "xx"));

        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/shops/demo/api-keys", Ct);
        var row = listed.EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.False(row.TryGetProperty("key", out _));
        Assert.False(row.TryGetProperty("hash", out _));
        Assert.Equal(JsonValueKind.String, row.GetProperty("last_used_at").ValueKind);

        using var revoked = await admin.DeleteAsync($"/api/v1/admin/shops/demo/api-keys/{id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Handoffs, apiKey: key));

        Assert.Equal(1, await AccessAdmin.AuditCountAsync(factory, "api_key.created", $"api-key:{id}", "admin:bootstrap"));
        Assert.Equal(1, await AccessAdmin.AuditCountAsync(factory, "api_key.revoked", $"api-key:{id}", "admin:bootstrap"));
        Assert.Equal(2, await AccessAdmin.AuditCountAsync(factory, "api_key.rejected", id));
        Assert.True(await AccessAdmin.AuditCountAsync(factory, "admin.action", "ListHandoffs", $"api-key:{id}") >= 2);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM audit_logs WHERE details::text LIKE '%' || $1 || '%' OR subject LIKE '%' || $1 || '%'", key[^20..]));
    }

    [Fact]
    public async Task TheCliCreatesAKeyThatTheApiAccepts()
    {
        var output = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBuddy:Database:ConnectionString"] = factory.Database.ConnectionString,
        }).Build();

        Assert.Equal(0, await AccessCommand.RunAsync(configuration, ["apikey", "create", "--shop", "demo", "--name", "cli key"], output));
        var key = output.ToString().Trim();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/api/v1/admin/shops/demo/api-keys", apiKey: key));
        Assert.Equal(2, await AccessCommand.RunAsync(configuration, ["apikey", "create", "--shop", "no-such-shop", "--name", "x"], TextWriter.Null));
    }

    [Fact]
    public async Task TheBootstrapAdminKeyStillWorksAndAWrongOneOrNoneIsRefused()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Handoffs, adminKey: FrontendFactory.AdminKey));
        var rejectedBefore = await AccessAdmin.AuditCountAsync(factory, "auth.admin_key_rejected");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Handoffs, adminKey: FrontendFactory.AdminKey + "x"));
        Assert.Equal(rejectedBefore + 1, await AccessAdmin.AuditCountAsync(factory, "auth.admin_key_rejected"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Handoffs));
    }

    private async Task<HttpStatusCode> StatusAsync(string path, string? bearer = null, string? apiKey = null, string? adminKey = null)
    {
        using var client = factory.CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        if (adminKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Admin-Key", adminKey);
        }

        using var response = await client.GetAsync(path, Ct);
        return response.StatusCode;
    }
}
