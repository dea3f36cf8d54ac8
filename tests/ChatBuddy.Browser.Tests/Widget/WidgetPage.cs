using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBuddy.Browser.Tests.Widget;

/// <summary>The demo page with the widget, driven the way a shopper does: by roles and labels.</summary>
public sealed class WidgetPage(IPage page, string locale = "hu")
{
    private readonly bool _hungarian = locale == "hu";

    public IPage Page { get; } = page;

    public ILocator Launcher => Page.GetByRole(AriaRole.Button, new() { Name = _hungarian ? "Chat megnyitása" : "Open chat", Exact = true });

    public ILocator Input => Page.GetByRole(AriaRole.Textbox, new() { Name = _hungarian ? "Üzenet" : "Message", Exact = true });

    public ILocator Log => Page.GetByRole(AriaRole.Log);

    public ILocator UserMessages => Page.Locator(".cb-log > .cb-user");

    /// <summary>Finished answers only: a bubble still streaming has no product cards yet.</summary>
    public ILocator BotMessages => Page.Locator(".cb-log > .cb-bot:not(.cb-streaming)");

    public ILocator Streaming => Page.Locator(".cb-log > .cb-streaming");

    public ILocator Pending => Page.Locator(".cb-log > .cb-pending");

    public async Task OpenAsync()
    {
        await Launcher.ClickAsync();
        await Expect(Input).ToBeFocusedAsync();
    }

    /// <summary>Types the text, presses Enter and waits until the shopper's message is stored (acknowledged).</summary>
    public async Task SendAsync(string text)
    {
        var before = await UserMessages.CountAsync();
        await Input.FillAsync(text);
        await Input.PressAsync("Enter");
        await Expect(UserMessages).ToHaveCountAsync(before + 1);
        await Expect(Pending).ToHaveCountAsync(0);
    }

    /// <summary>Sends and waits for the next complete bot answer.</summary>
    public async Task<ILocator> AskAsync(string text)
    {
        var answers = await BotMessages.CountAsync();
        await SendAsync(text);
        await Expect(BotMessages).ToHaveCountAsync(answers + 1, new() { Timeout = 60_000 });
        return BotMessages.Nth(answers);
    }

    /// <summary>Texts of the log's messages in order, "user: …" / "bot: …", exactly as the page shows them.</summary>
    public async Task<IReadOnlyList<string>> TranscriptAsync() =>
        await Page.Locator(".cb-log > li").EvaluateAllAsync<string[]>(
            "nodes => nodes.map(n => (n.classList.contains('cb-user') ? 'user: ' : 'bot: ') + n.querySelector('.cb-bubble').textContent)");
}
