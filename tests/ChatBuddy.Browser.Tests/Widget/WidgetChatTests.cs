using ChatBuddy.Browser.Tests.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBuddy.Browser.Tests.Widget;

[Collection(WidgetCollection.Name)]
public sealed class WidgetChatTests(FrontendServer server, Chromium chromium)
{
    private const string Question = "van piros futócipő 40-es méretben?";

    [Fact]
    public async Task DemoPageShowsTheShopAndTheChatLauncher()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(server.BaseUrl + "/");

        Assert.Equal(200, response!.Status);
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Hétköznapi Bolt"));
        await Expect(page.Locator("#termeklista > li").First).ToBeVisibleAsync();
        var widget = new WidgetPage(page);
        await Expect(widget.Launcher).ToBeVisibleAsync();
        await Expect(widget.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task HungarianQuestionIsAnsweredWithProductCards()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = ScriptTrap.WatchDialogs(page);
        var widget = new WidgetPage(page);
        await page.GotoAsync(server.BaseUrl + "/");
        await RecordStreamingAsync(page);

        await widget.OpenAsync();
        var answer = await widget.AskAsync(Question);

        var cards = answer.GetByRole(AriaRole.Listitem);
        Assert.True(await cards.CountAsync() >= 1, "no product cards with the answer: " + string.Join(" | ", await widget.TranscriptAsync()));
        var first = cards.First;
        var link = first.GetByRole(AriaRole.Link);
        await Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://demo\\.chatbuddy\\.hu/termek/"));
        Assert.Contains("futócipő", await link.TextContentAsync(), StringComparison.OrdinalIgnoreCase);
        await Expect(first.Locator(".cb-price")).ToContainTextAsync("Ft");
        await Expect(first.Locator(".cb-stock")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Raktáron|Nincs raktáron"));
        Assert.False(string.IsNullOrWhiteSpace(await answer.Locator(".cb-bubble").TextContentAsync()));

        // The answer streamed (delta frames) into a temporary bubble that the final message replaced.
        Assert.True(await page.EvaluateAsync<int>("() => window.__streamedBubbles") >= 1);
        await Expect(widget.Streaming).ToHaveCountAsync(0);
        await Expect(widget.BotMessages).ToHaveCountAsync(1);
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task ReloadShowsTheSameConversationOnce()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var widget = new WidgetPage(page);
        await page.GotoAsync(server.BaseUrl + "/");
        await widget.OpenAsync();
        await widget.AskAsync(Question);
        await widget.AskAsync("és 42-es méretben?");
        var before = await widget.TranscriptAsync();
        var cardsBefore = await widget.BotMessages.Locator(".cb-product").CountAsync();

        await page.ReloadAsync();

        // The widget remembered it was open and replays the session from the server.
        await Expect(widget.Input).ToBeVisibleAsync();
        await Expect(widget.BotMessages).ToHaveCountAsync(2);
        await Expect(widget.UserMessages).ToHaveCountAsync(2);
        Assert.Equal(before, await widget.TranscriptAsync());
        Assert.Equal(cardsBefore, await widget.BotMessages.Locator(".cb-product").CountAsync());
        Assert.Equal(["user: " + Question, "user: és 42-es méretben?"], before.Where(t => t.StartsWith("user: ", StringComparison.Ordinal)));
        var stored = await page.EvaluateAsync<string>("() => localStorage.getItem('chatbuddy:demo')");
        Assert.Contains("\"lastSeq\":4", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishBrowserGetsTheEnglishInterface()
    {
        await using var context = await chromium.NewContextAsync(locale: "en-GB");
        var page = await context.NewPageAsync();
        // The demo page declares lang="hu"; a shop's own config decides over it.
        await page.AddInitScriptAsync("window.ChatBuddyConfig = { locale: navigator.language };");
        var widget = new WidgetPage(page, "en");
        await page.GotoAsync(server.BaseUrl + "/");

        await widget.OpenAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close chat" }).First).ToBeVisibleAsync();
        await Expect(widget.Input).ToHaveAttributeAsync("placeholder", "Type your question…");
    }

    [Fact]
    public async Task KeyboardAloneOpensChatsAndClosesTheWidget()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var widget = new WidgetPage(page);
        await page.GotoAsync(server.BaseUrl + "/");

        await widget.Launcher.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Input).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("szia");
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.BotMessages).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Expect(widget.Log).ToHaveAttributeAsync("aria-live", "polite");
        await page.Keyboard.PressAsync("Escape");

        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync();
        await Expect(widget.Launcher).ToBeFocusedAsync();
        await Expect(widget.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
    }

    /// <summary>Counts the temporary bubbles that streamed text is shown in, as they appear.</summary>
    private static async Task RecordStreamingAsync(IPage page) =>
        await page.EvaluateAsync("""
            () => {
              window.__streamedBubbles = 0;
              const log = document.getElementById('chatbuddy-widget').shadowRoot.querySelector('.cb-log');
              new MutationObserver(records => {
                for (const r of records) {
                  for (const n of r.addedNodes) {
                    if (n.classList && n.classList.contains('cb-streaming')) { window.__streamedBubbles++; }
                  }
                }
              }).observe(log, { childList: true });
            }
            """);
}
