using System.Text;
using ChatBuddy.Grains.Catalog.Search;

namespace ChatBuddy.Grains.Tenants;

/// <summary>
/// The part of a policy page that answers a question: the page is split at its "##" headings, the
/// sections are scored by the question's words (accent-folded, prefix-matched for inflections) and the
/// best one is returned as plain text, with Markdown tables turned into "cell: cell" lines. A question
/// that asks what the options are ("milyen fizetési módok vannak?") and names none of the headings gets
/// an overview instead: each section's heading with its first sentence.
/// </summary>
public static class PolicyDigest
{
    public const int MaxLength = 700;
    private const int OverviewSentenceLength = 140;
    private static readonly string[] OverviewCues = ["milyen", "mik", "mely", "hany", "which", "what", "options", "lehetoseg", "modok", "modja"];

    public static string Excerpt(string body, string question)
    {
        var sections = Sections(body);
        var words = TextFolding.Words(TextFolding.Fold(question)).Where(w => w.Length >= 4).Select(w => w[..Math.Min(w.Length, 6)]).ToList();
        var best = sections
            .Select((section, index) => (section, index, score: Score(section, words)))
            .OrderByDescending(s => s.score)
            .ThenBy(s => s.index)
            .First();
        var text = sections.Count > 2 && !NamesAHeading(best.section, words) && AsksForOptions(question)
            ? Overview(sections)
            : PlainText(best.section);
        return text.Length <= MaxLength ? text : text[..text.LastIndexOf(' ', MaxLength)] + " …";
    }

    private static bool NamesAHeading(string section, List<string> words) =>
        words.Any(w => TextFolding.Fold(section).Split('\n')[0].Contains(w, StringComparison.Ordinal));

    private static bool AsksForOptions(string question) =>
        TextFolding.Words(TextFolding.Fold(question)).Any(w => OverviewCues.Any(c => w.StartsWith(c, StringComparison.Ordinal)));

    private static string Overview(List<string> sections) => string.Join('\n', sections.Select(section =>
    {
        var lines = PlainText(section).Split('\n');
        var first = lines.Length > 1 ? FirstSentence(lines[1]) : "";
        return first.Length == 0 ? $"• {lines[0]}" : $"• {lines[0]}: {first}";
    }));

    private static string FirstSentence(string paragraph)
    {
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end > 0 ? paragraph[..(end + 1)] : paragraph;
        return sentence.Length <= OverviewSentenceLength ? sentence : sentence[..sentence.LastIndexOf(' ', OverviewSentenceLength)] + " …";
    }

    private static List<string> Sections(string body)
    {
        var sections = body.Replace("\r", "", StringComparison.Ordinal).Split("\n## ", StringSplitOptions.RemoveEmptyEntries).ToList();
        if (sections.Count > 1 && sections[0].TrimStart().StartsWith("# ", StringComparison.Ordinal) && !sections[0].Contains('\n', StringComparison.Ordinal))
        {
            sections.RemoveAt(0);
        }

        return sections;
    }

    private static int Score(string section, List<string> words)
    {
        var folded = TextFolding.Fold(section);
        var heading = folded.Split('\n')[0];
        return words.Sum(w => (heading.Contains(w, StringComparison.Ordinal) ? 3 : 0) + (folded.Contains(w, StringComparison.Ordinal) ? 1 : 0));
    }

    private static string PlainText(string section)
    {
        var builder = new StringBuilder();
        foreach (var raw in section.Split('\n'))
        {
            var line = raw.Trim().TrimStart('#').Trim();
            if (line.StartsWith('|'))
            {
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (cells.All(c => c.Length == 0 || c.All(ch => ch is '-' or ':')))
                {
                    continue;
                }

                line = cells.Length > 1 ? $"{cells[0]}: {string.Join(", ", cells[1..])}" : cells[0];
            }

            line = line.Replace("**", "", StringComparison.Ordinal);
            if (line.Length > 0)
            {
                builder.Append(builder.Length == 0 ? "" : "\n").Append(line);
            }
        }

        return builder.ToString();
    }
}
