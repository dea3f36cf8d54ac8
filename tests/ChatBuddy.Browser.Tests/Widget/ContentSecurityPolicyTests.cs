using ChatBuddy.Browser.Tests.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBuddy.Browser.Tests.Widget;

/// <summary>The pages work under their Content-Security-Policy: Chromium reports no violation while they load and run.</summary>
[Collection(WidgetCollection.Name)]
public sealed class ContentSecurityPolicyTests(FrontendServer server, Chromium chromium)
{
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    [Fact]
    public async Task TheDemoPageAndTheWidgetRunWithoutAViolation()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(RecordViolations);
        var widget = new WidgetPage(page);

        var response = await page.GotoAsync(server.BaseUrl + "/");
        await widget.OpenAsync();
        await widget.AskAsync("mennyi a szállítási díj?");

        Assert.Contains("script-src 'self';", await response!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
    }

    [Fact]
    public async Task TheApiReferenceRendersWithoutAViolation()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(RecordViolations);

        var response = await page.GotoAsync(server.BaseUrl + "/docs");
        // Scalar draws the tags only after it fetched and parsed /openapi/v1.json under the page's policy
        // (their operations are drawn when a tag is opened, so the test looks for the tag, not a path).
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Products", Exact = true }).First).ToBeAttachedAsync();

        Assert.NotNull(await response!.HeaderValueAsync("content-security-policy"));
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
    }
}
