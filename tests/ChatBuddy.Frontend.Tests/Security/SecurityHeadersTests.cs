using System.Net;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>CSP per kind of page, no sniffing, a short referrer, no framing, and HSTS only over TLS.</summary>
[Collection(AccessCollection.Name)]
public sealed class SecurityHeadersTests(AccessFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/", "script-src 'self';")]
    [InlineData("/widget.js", "script-src 'self';")]
    [InlineData("/docs", "script-src 'self' 'unsafe-inline'")]
    [InlineData("/api/v1/products/search?q=cipő", "default-src 'none'")]
    [InlineData("/health", "default-src 'none'")]
    public async Task EveryResponseCarriesTheHeadersForItsKind(string path, string policy)
    {
        using var client = factory.ClientFrom("192.0.2.250");
        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains(policy, csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task HstsIsSentOverTlsAndBehindAKnownProxyThatTerminatedIt()
    {
        using var tls = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://chat.example.hu/") });
        using var direct = await tls.GetAsync("/health", Ct);
        Assert.StartsWith("max-age=", Assert.Single(direct.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);

        using var proxied = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://chat.example.hu/") });
        proxied.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.251");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var viaProxy = await proxied.GetAsync("/health", Ct);
        Assert.True(viaProxy.Headers.Contains("Strict-Transport-Security"));

        using var spoofed = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://chat.example.hu/") });
        spoofed.DefaultRequestHeaders.Add(AccessFactory.PeerHeader, "192.0.2.252");
        spoofed.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var notTrusted = await spoofed.GetAsync("/health", Ct);
        Assert.False(notTrusted.Headers.Contains("Strict-Transport-Security"));
    }
}
