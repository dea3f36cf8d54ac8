using System.Text.Json.Nodes;

namespace ChatBuddy.Bench;

/// <summary>The queries of the labelled search evaluation set, used as a realistic query mix.</summary>
internal static class QuerySet
{
    public static async Task<List<string>> LoadAsync(string path) =>
        (await File.ReadAllLinesAsync(path)).Where(l => l.Trim().Length > 0).Select(l => JsonNode.Parse(l)!["query"]!.GetValue<string>()).ToList();
}
