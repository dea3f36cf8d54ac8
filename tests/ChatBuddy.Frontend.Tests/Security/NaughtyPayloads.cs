namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>One attack or naughty string and the list it came from.</summary>
public sealed record NaughtyPayload(string Source, string Text)
{
    public override string ToString() => $"{Source}: {Text}";
}

/// <summary>
/// Every line of the Big List of Naughty Strings and of the PayloadsAllTheThings lists copied under
/// tests/TestData (see the SOURCE notes there), de-duplicated, in a fixed order.
/// </summary>
public static class NaughtyPayloads
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData");
    private static readonly Lazy<IReadOnlyList<NaughtyPayload>> Corpus = new(Load);

    public static IReadOnlyList<NaughtyPayload> All => Corpus.Value;

    /// <summary>Every <paramref name="stride"/>-th payload, for the fields that get a sample.</summary>
    public static IReadOnlyList<NaughtyPayload> Sample(int stride) => All.Where((_, i) => i % stride == 0).ToList();

    /// <summary>The payloads cut into <paramref name="count"/> interleaved batches, so each batch mixes the lists.</summary>
    public static IReadOnlyList<IReadOnlyList<NaughtyPayload>> Batches(IReadOnlyList<NaughtyPayload> payloads, int count) =>
        Enumerable.Range(0, count).Select(b => (IReadOnlyList<NaughtyPayload>)payloads.Where((_, i) => i % count == b).ToList()).ToList();

    /// <summary>What the channels keep of a message: control characters (other than line breaks and tabs) dropped, trimmed.</summary>
    public static string Cleaned(string text) => new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();

    private static List<NaughtyPayload> Load()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var payloads = new List<NaughtyPayload>();
        foreach (var line in File.ReadLines(Path.Combine(Root, "blns", "blns.txt")))
        {
            // Lines starting with # are the list's comments; an empty line separates entries.
            if (line.Length > 0 && !line.StartsWith('#') && seen.Add(line))
            {
                payloads.Add(new NaughtyPayload("blns", line));
            }
        }

        var lists = Directory.GetFiles(Path.Combine(Root, "payloadsallthethings"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is not ("LICENSE" or "SOURCE.txt"))
            .Order(StringComparer.Ordinal);
        foreach (var file in lists)
        {
            var source = Path.GetRelativePath(Root, file).Replace('\\', '/');
            foreach (var raw in File.ReadLines(file))
            {
                var line = raw.TrimEnd('\r');
                if (line.Trim().Length > 0 && seen.Add(line))
                {
                    payloads.Add(new NaughtyPayload(source, line));
                }
            }
        }

        return payloads;
    }
}
