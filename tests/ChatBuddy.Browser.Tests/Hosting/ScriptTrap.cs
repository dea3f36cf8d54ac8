using Microsoft.Playwright;

namespace ChatBuddy.Browser.Tests.Hosting;

/// <summary>
/// Records every way an injected payload could show that it ran: the dialog functions (alert, confirm,
/// prompt, print), a <c>window.__xss</c> setter, and real dialogs the page opens. Installed before any
/// page script, in every frame.
/// </summary>
public static class ScriptTrap
{
    public const string InitScript = """
        (() => {
          const hits = [];
          Object.defineProperty(window, '__xssHits', { value: hits, writable: false });
          for (const name of ['alert', 'confirm', 'prompt', 'print']) {
            const original = window[name];
            window[name] = function (...args) { hits.push(name + '(' + args.map(String).join(',') + ')'); };
            window[name].original = original;
          }
          Object.defineProperty(window, '__xss', { set(v) { hits.push('__xss=' + String(v)); }, get() { return hits.length; } });
        })();
        """;

    /// <summary>Dialogs the page opened despite the trap (e.g. from a frame it created).</summary>
    public static List<string> WatchDialogs(IPage page)
    {
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add(dialog.Type + ": " + dialog.Message);
            }

            // A dialog left open would block the page; the test fails on the record, not on a hang.
            _ = dialog.DismissAsync();
        };
        return dialogs;
    }

    public static async Task<IReadOnlyList<string>> HitsAsync(IPage page)
    {
        var hits = new List<string>();
        foreach (var frame in page.Frames)
        {
            hits.AddRange(await frame.EvaluateAsync<string[]>("() => Array.from(window.__xssHits || [])"));
        }

        return hits;
    }
}
