using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBuddy.GrainInterfaces.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Frontend.Tests.Realtime;

[Collection(FrontendCollection.Name)]
public sealed class SessionsApiTests(FrontendFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> CreateAsync(string? origin, string shop = "demo")
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sessions?shop={shop}");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task ASessionComesWithATokenTheChatApiAccepts()
    {
        using var response = await CreateAsync(origin: null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = session.GetProperty("session_id").GetString();
        var token = session.GetProperty("token").GetString();
        Assert.True(Guid.TryParse(id, out _));

        using var client = factory.CreateClient();
        using var chat = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat") { Content = JsonContent.Create(new { message = "szia", session_id = id }) };
        chat.Headers.Authorization = new("Bearer", token);
        using var answered = await client.SendAsync(chat, Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat") { Content = JsonContent.Create(new { message = "szia", session_id = id }) };
        forged.Headers.Authorization = new("Bearer", token![..^2] + "xx");
        using var refused = await client.SendAsync(forged, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task AnEmptyAllowListMeansSameOriginOnly()
    {
        using var same = await CreateAsync("http://localhost");
        Assert.Equal(HttpStatusCode.Created, same.StatusCode);

        using var foreign = await CreateAsync("https://elsewhere.example");
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AListedOriginGetsASessionWithCorsHeaders()
    {
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var tenant = grains.GetGrain<IShopTenantGrain>("demo");
        var settings = (await tenant.GetSettingsAsync())!;
        await tenant.UpdateSettingsAsync(settings with { AllowedOrigins = ["https://shop.example"] });
        try
        {
            using var listed = await CreateAsync("https://shop.example");
            Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
            Assert.Equal("https://shop.example", listed.Headers.GetValues("Access-Control-Allow-Origin").Single());

            using var client = factory.CreateClient();
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/sessions?shop=demo");
            preflight.Headers.Add("Origin", "https://shop.example");
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
            using var allowed = await client.SendAsync(preflight, Ct);
            Assert.Equal("https://shop.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

            using var unlisted = await CreateAsync("https://other.example");
            Assert.Equal(HttpStatusCode.Forbidden, unlisted.StatusCode);
            Assert.False(unlisted.Headers.Contains("Access-Control-Allow-Origin"));
        }
        finally
        {
            await tenant.UpdateSettingsAsync(settings);
        }
    }

    [Fact]
    public async Task AnUnknownShopHasNoSessions()
    {
        using var response = await CreateAsync(origin: null, shop: "no-such-shop");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
