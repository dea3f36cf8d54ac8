namespace ChatBuddy.Browser.Tests.Widget;

/// <summary>
/// XSS payloads from PayloadsAllTheThings ("XSS Injection/Intruders") and the Big List of Naughty
/// Strings' "Script Injection" section, copied under tests/TestData (shared by the test projects) with their licences and SOURCE notes.
/// </summary>
public static class XssPayloads
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData");

    /// <summary>
    /// A fixed selection: every payload of the quick list and the polyglots, and every
    /// <paramref name="stride"/>-th line of the other lists (so each list is sampled, the order never changes).
    /// </summary>
    public static IReadOnlyList<string> Selection(int stride)
    {
        var chosen = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "payloadsallthethings", "XSS Injection", "Intruders"), "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = Usable(File.ReadLines(file)).ToList();
            var everyOne = Path.GetFileName(file) is "xss_payloads_quick.txt" or "XSS_Polyglots.txt";
            chosen.AddRange(lines.Where((_, i) => everyOne || i % stride == 0));
        }

        chosen.AddRange(Usable(BlnsScriptInjection()).Where((_, i) => i % Math.Max(1, stride / 4) == 0));
        return chosen.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The lines under "#	Script Injection" up to the next section.</summary>
    private static IEnumerable<string> BlnsScriptInjection()
    {
        var inSection = false;
        foreach (var line in File.ReadLines(Path.Combine(Root, "blns", "blns.txt")))
        {
            if (line.StartsWith("#\t", StringComparison.Ordinal) && line.Length > 2 && char.IsUpper(line[2]))
            {
                inSection = line == "#\tScript Injection";
                continue;
            }

            if (inSection && !line.StartsWith('#'))
            {
                yield return line;
            }
        }
    }

    /// <summary>What a shopper can type: one line, visible text, within the message limit.</summary>
    private static IEnumerable<string> Usable(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim())
            .Where(l => l.Length is > 0 and <= 2000 && !l.Any(char.IsControl));
}
