using ChatBuddy.Grains.Import;

namespace ChatBuddy.Grains.Catalog;

/// <summary>Category paths of the form "A > B > C".</summary>
public static class CategoryPath
{
    public const string Separator = " > ";
    public const int MaxDepth = 6;

    public static string? Normalize(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var parts = Split(path);
        if (parts.Length > MaxDepth)
        {
            throw new ImportFieldException($"'category' has more than {MaxDepth} levels");
        }

        return string.Join(Separator, parts);
    }

    public static string[] Split(string path)
    {
        var parts = path.Split('>', StringSplitOptions.TrimEntries);
        if (parts.Any(p => p.Length == 0))
        {
            throw new ImportFieldException("'category' has an empty level (use \"A > B > C\")");
        }

        return parts;
    }

    /// <summary>Every ancestor path and the path itself, shortest first.</summary>
    public static IEnumerable<string> Prefixes(string path)
    {
        var parts = Split(path);
        for (var i = 1; i <= parts.Length; i++)
        {
            yield return string.Join(Separator, parts.Take(i));
        }
    }
}
