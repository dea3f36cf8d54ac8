using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatBuddy.Frontend.Tests.Conversations;

/// <summary>
/// One scripted conversation from <c>Stories/*.yaml</c>: what the shopper says, turn by turn, and what
/// each reply must show — the answering agent, words it must or must not contain, product cards, a
/// price ceiling, the reply language, the handoff flag.
/// </summary>
public sealed class ConversationStory
{
    public string Name { get; set; } = "";

    /// <summary>Signs a customer token for this e-mail, as a shop does for a logged-in shopper.</summary>
    public string? Customer { get; set; }

    public List<StoryTurn> Turns { get; set; } = [];

    public string File { get; set; } = "";

    public override string ToString() => $"{File}: {Name}";

    public static IReadOnlyList<ConversationStory> LoadAll(string directory)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var stories = new List<ConversationStory>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            List<ConversationStory> inFile;
            try
            {
                inFile = yaml.Deserialize<List<ConversationStory>>(System.IO.File.ReadAllText(path));
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message} at {e.Start}", e);
            }

            foreach (var story in inFile)
            {
                story.File = Path.GetFileName(path);
                stories.Add(story);
            }
        }

        return stories;
    }
}

public sealed class StoryTurn
{
    public string User { get; set; } = "";

    public string? Locale { get; set; }

    /// <summary>The agent that must answer.</summary>
    public string? Agent { get; set; }

    /// <summary>Agents any of which may answer, when more than one answer is right.</summary>
    public List<string> Agents { get; set; } = [];

    public IReadOnlyList<string> AcceptableAgents => Agent is null ? Agents : [Agent, .. Agents];

    public List<string> Contains { get; set; } = [];

    /// <summary>At least one of these must appear.</summary>
    public List<string> ContainsAny { get; set; } = [];

    public List<string> NotContains { get; set; } = [];

    /// <summary>True: product cards must be shown; false: none may be.</summary>
    public bool? Products { get; set; }

    /// <summary>Every product card's effective price must be at most this.</summary>
    public int? MaxPrice { get; set; }

    /// <summary>Every product card's name must contain this (accent- and case-insensitive).</summary>
    public string? ProductsNamed { get; set; }

    public string? Language { get; set; }

    public bool? Handoff { get; set; }

    public List<string> Flags { get; set; } = [];
}
