using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBuddy.Grains.Assistant.Routing;

namespace ChatBuddy.Grains.Security.Guard;

/// <summary>A labelled message for the injection classifier: label 1 is an injection, 0 an ordinary message.</summary>
public sealed record GuardExample(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("label")] int Label)
{
    private const string Prefix = "guard.train.";

    public bool IsInjection => Label == 1;

    /// <summary>
    /// The shipped training set: every <c>Data/train/*.jsonl</c> file embedded in this assembly plus the
    /// routing utterances as ordinary shopper messages, in a fixed order.
    /// </summary>
    public static IReadOnlyList<GuardExample> LoadShipped() => FromFiles(ShippedFiles().ToList());

    /// <summary>Only the guard's own <c>Data/train/*.jsonl</c> files, without the routing utterances.</summary>
    public static IReadOnlyList<GuardExample> LoadShippedFiles() => ShippedFiles().SelectMany(f => Parse(f.Bytes, f.Name)).ToList();

    /// <summary>SHA-256 (hex) over the shipped training files and the routing utterances, as recorded beside the model.</summary>
    public static string ShippedDataHash() => HashOf(ShippedFiles().ToList());

    /// <summary>The examples of training files (ordered by name) plus the routing utterances as ordinary messages.</summary>
    public static IReadOnlyList<GuardExample> FromFiles(IReadOnlyList<(string Name, byte[] Bytes)> files) =>
        files.SelectMany(f => Parse(f.Bytes, f.Name)).Concat(RoutingNegatives()).ToList();

    public static string HashOf(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (_, bytes) in files)
        {
            hash.AppendData(bytes);
        }

        hash.AppendData(Utterance.ShippedBytes());
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static IReadOnlyList<GuardExample> Parse(byte[] jsonLines, string source)
    {
        var examples = new List<GuardExample>();
        using var reader = new StreamReader(new MemoryStream(jsonLines));
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            GuardExample? example;
            try
            {
                example = JsonSerializer.Deserialize<GuardExample>(line);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{source} line {number}: {ex.Message}", ex);
            }

            if (example is null || string.IsNullOrWhiteSpace(example.Text) || example.Label is not (0 or 1))
            {
                throw new InvalidDataException($"{source} line {number}: needs 'text' and 'label' 0 or 1");
            }

            examples.Add(example);
        }

        return examples;
    }

    private static IEnumerable<GuardExample> RoutingNegatives() =>
        Utterance.LoadShipped().Select(u => new GuardExample(u.Text, 0));

    private static IEnumerable<(string Name, byte[] Bytes)> ShippedFiles()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (name, copy.ToArray());
        }
    }
}
