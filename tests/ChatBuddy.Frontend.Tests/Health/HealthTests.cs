using System.Net;
using System.Text.Json;

namespace ChatBuddy.Frontend.Tests.Health;

[Collection(FrontendCollection.Name)]
public sealed class HealthTests(FrontendFactory factory)
{
    [Fact]
    public async Task HealthReportsDatabaseAndClusterOk()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("ok", body.RootElement.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("0.8.0", body.RootElement.GetProperty("database").GetProperty("pgvector").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("database").GetProperty("migrations_pending").GetInt64());
        Assert.Equal(1, body.RootElement.GetProperty("cluster").GetProperty("active_silos").GetInt32());
        Assert.Equal("offline", body.RootElement.GetProperty("model").GetProperty("provider").GetString());
        Assert.Equal("ok", body.RootElement.GetProperty("model").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheVersionedApi()
    {
        using var client = factory.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Contains("/api/v1/shops/{shopId}/policies", document);
        Assert.Contains("/health", document);
    }
}
