using Microsoft.Playwright;

namespace ChatBuddy.Browser.Tests.Hosting;

/// <summary>
/// Debian's headless Chromium (scripts/install-deps.sh) driven by Playwright; Playwright's own browser
/// builds are never installed. <c>CHATBUDDY_CHROMIUM</c> points at another binary.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHATBUDDY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: run scripts/install-deps.sh (or set CHATBUDDY_CHROMIUM).");
        }

        // Expectations wait as long as actions do: on a loaded 2-core machine a replay takes seconds.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Tests run as root in CI, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>
    /// A fresh profile (empty localStorage) in Hungarian, with traps that record any script a payload would run.
    /// <paramref name="bypassCsp"/> switches the pages' Content-Security-Policy off, for tests of the widget's own escaping.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(string locale = "hu-HU", bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            BypassCSP = bypassCsp,
        });
        context.SetDefaultTimeout(30_000);
        await context.AddInitScriptAsync(ScriptTrap.InitScript);
        return context;
    }
}
