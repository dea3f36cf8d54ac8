using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatBuddy.Browser.Tests.Hosting;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Catalog.Embeddings;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Grains.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBuddy.Browser.Tests.Widget;

/// <summary>
/// Hostile text through the widget, typed by the shopper and replayed from the server after a reload:
/// it is shown literally and no script runs (traps for alert/confirm/prompt/print, window.__xss and
/// real dialogs; no element other than the widget's own appears on the page). The page's CSP is
/// bypassed here so that the widget's own escaping is what is tested, not the policy behind it.
/// </summary>
[Collection(WidgetCollection.Name)]
public sealed class WidgetXssTests(FrontendServer server, Chromium chromium)
{
    /// <summary>Every element the widget itself puts into its message log; anything else came from data.</summary>
    private const string MarkupCheck = """
        () => {
          const problems = [];
          const shadow = document.getElementById('chatbuddy-widget').shadowRoot;
          const allowed = new Set(['LI', 'SPAN', 'DIV', 'UL', 'A', 'P', 'DEL', 'BUTTON']);
          for (const node of shadow.querySelector('.cb-log').querySelectorAll('*')) {
            if (!allowed.has(node.tagName)) { problems.push('element ' + node.tagName); }
            for (const attribute of node.attributes) {
              if (attribute.name.startsWith('on')) { problems.push('attribute ' + attribute.name); }
            }
            if (node.tagName === 'A' && !/^https?:/.test(node.getAttribute('href') || '')) { problems.push('link ' + node.getAttribute('href')); }
          }
          for (const bubble of shadow.querySelectorAll('.cb-user .cb-bubble')) {
            if (bubble.children.length) { problems.push('markup in a shopper bubble'); }
          }
          const dangerous = 'script, img, svg, iframe, frame, object, embed, video, audio, math, marquee, details, link, meta, base';
          problems.push(...Array.from(shadow.querySelectorAll(dangerous)).map(n => 'shadow ' + n.tagName));
          if (shadow.querySelectorAll('style').length !== 1) { problems.push('extra style'); }
          return { problems, lightDom: document.querySelectorAll(dangerous).length };
        }
        """;

    [Fact]
    public async Task TheTrapSeesAPayloadThatDoesRun()
    {
        // The control for the tests below: the same payloads put into a page as HTML are caught.
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");

        await page.EvaluateAsync("html => { document.body.insertAdjacentHTML('beforeend', html); }", "<img src=x onerror=alert(1)><img src=y onerror=window.__xss=2>");

        await page.WaitForFunctionAsync("() => window.__xssHits.length >= 2");
        Assert.Equal(["__xss=2", "alert(1)"], (await ScriptTrap.HitsAsync(page)).Order(StringComparer.Ordinal));
    }

    [Fact(Timeout = 300_000)]
    public async Task XssPayloadsAreShownLiterallyAndNeverRunLiveOrReplayed()
    {
        var payloads = XssPayloads.Selection(stride: 10);
        Assert.True(payloads.Count >= 250, $"{payloads.Count} payloads");
        const string StaffPayload = "<img src=x onerror=alert('staff')><script>window.__xss=1</script>";
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var dialogs = ScriptTrap.WatchDialogs(page);
        var widget = new WidgetPage(page);
        await page.GotoAsync(server.BaseUrl + "/");
        await Expect(page.Locator("#termeklista > li").First).ToBeVisibleAsync();
        var lightDomBefore = (await CheckMarkupAsync(page)).LightDom;
        await widget.OpenAsync();
        await widget.AskAsync("szia");

        // A staff reply (pushed to the open widget) carries a payload too, and hands the session to
        // staff: the bot stays silent, so every payload below is stored and acknowledged quickly.
        await StaffReplyAsync(await SessionIdAsync(page), StaffPayload);
        await Expect(page.Locator(".cb-log > .cb-human .cb-bubble")).ToHaveTextAsync(StaffPayload);
        foreach (var payload in payloads)
        {
            await widget.Input.FillAsync(payload);
            await widget.Input.PressAsync("Enter");
        }

        await Expect(widget.UserMessages).ToHaveCountAsync(payloads.Count + 1);
        await Expect(widget.Pending).ToHaveCountAsync(0, new() { Timeout = 120_000 });
        await AssertLiteralAndHarmlessAsync(page, widget, payloads, dialogs, lightDomBefore);

        await page.ReloadAsync();
        await Expect(widget.UserMessages).ToHaveCountAsync(payloads.Count + 1);
        await Expect(page.Locator(".cb-log > .cb-human .cb-bubble")).ToHaveTextAsync(StaffPayload);
        await AssertLiteralAndHarmlessAsync(page, widget, payloads, dialogs, lightDomBefore);
    }

    [Fact]
    public async Task HostileProductNamesInCardsAreShownAsText()
    {
        const string Shop = "xss-bolt";
        string[] names =
        [
            "<img src=x onerror=alert(1)> piros futócipő",
            "<script>alert(2)</script> piros futócipő",
            "\"><svg/onload=alert(3)> piros futócipő",
            "<a href=\"javascript:alert(4)\">piros futócipő</a>",
        ];
        await ImportShopAsync(Shop, names);
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var dialogs = ScriptTrap.WatchDialogs(page);
        await page.AddInitScriptAsync($"window.ChatBuddyConfig = {{ shop: '{Shop}' }};");
        var widget = new WidgetPage(page);
        await page.GotoAsync(server.BaseUrl + "/");
        await Expect(page.Locator("#termeklista > li").First).ToBeVisibleAsync();
        var lightDomBefore = (await CheckMarkupAsync(page)).LightDom;
        await widget.OpenAsync();

        var answer = await widget.AskAsync("van piros futócipő?");

        var shown = await answer.Locator(".cb-product-name").AllTextContentsAsync();
        Assert.NotEmpty(shown);
        Assert.All(shown, name => Assert.Contains(name, names));
        var check = await CheckMarkupAsync(page);
        Assert.Empty(check.Problems);
        Assert.Equal(lightDomBefore, check.LightDom);
        Assert.Empty(await ScriptTrap.HitsAsync(page));
        Assert.Empty(dialogs);
    }

    private async Task ImportShopAsync(string shop, string[] names)
    {
        await using var services = new ServiceCollection().AddChatBuddyData(server.Database.ConnectionString).BuildServiceProvider();
        await services.GetRequiredService<ShopRepository>().EnsureAsync(shop, "XSS Bolt", "xss.example");
        var lines = names.Select((name, i) => JsonSerializer.Serialize(new
        {
            sku = $"XSS-{i}",
            name,
            description = "Piros futócipő tesztnév.",
            category = "Sport > Futócipők",
            price = 19990 + i,
            currency = "HUF",
            stock = 3,
            url = $"https://xss.example/termek/{i}",
        }));
        var report = await services.GetRequiredService<ProductImporter>().ImportAsync(shop, new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        Assert.Equal(names.Length, report.Upserted);
        await services.GetRequiredService<EmbeddingIndexer>().RefreshAsync(shop);
    }

    private async Task AssertLiteralAndHarmlessAsync(IPage page, WidgetPage widget, IReadOnlyList<string> payloads, List<string> dialogs, int lightDomBefore)
    {
        Assert.Empty(await ScriptTrap.HitsAsync(page));
        Assert.Empty(dialogs);
        Assert.Equal(server.BaseUrl + "/", page.Url);
        var check = await CheckMarkupAsync(page);
        Assert.Empty(check.Problems);
        Assert.Equal(lightDomBefore, check.LightDom);
        var shown = await widget.UserMessages.Locator(".cb-bubble").AllTextContentsAsync();
        Assert.Equal(["szia", .. payloads], shown);
    }

    private static async Task<string> SessionIdAsync(IPage page) =>
        await page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('chatbuddy:demo')).sessionId");

    private async Task StaffReplyAsync(string sessionId, string text)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/sessions/{sessionId}/reply?shop=demo")
        {
            Content = JsonContent.Create(new { text, staff = "Kata" }),
        };
        request.Headers.Add("X-Admin-Key", FrontendServer.AdminKey);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<MarkupReport> CheckMarkupAsync(IPage page) =>
        await page.EvaluateAsync<MarkupReport>(MarkupCheck);

    private sealed class MarkupReport
    {
        public string[] Problems { get; set; } = [];

        public int LightDom { get; set; }
    }
}
