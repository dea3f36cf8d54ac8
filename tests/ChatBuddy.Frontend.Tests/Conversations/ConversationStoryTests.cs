using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChatBuddy.Frontend.Tests.Conversations;

/// <summary>Runs every YAML story against the real chat API on the demo shop.</summary>
[Collection(FrontendCollection.Name)]
public sealed class ConversationStoryTests(FrontendFactory factory)
{
    private static readonly IReadOnlyList<ConversationStory> All =
        ConversationStory.LoadAll(Path.Combine(AppContext.BaseDirectory, "Conversations", "Stories"));

    public static TheoryData<string> Stories() => new(All.Select(s => s.ToString()));

    [Fact]
    public void TheStoriesCoverEveryAgentFollowUpsVerificationHandoffAndEnglish()
    {
        Assert.True(All.Count >= 60, $"{All.Count} stories");
        var agents = All.SelectMany(s => s.Turns).SelectMany(t => t.AcceptableAgents).ToHashSet();
        Assert.Superset(new HashSet<string> { "product_info", "order_status", "recommendation", "marketing", "general", "human" }, agents);
        Assert.Contains(All, s => s.Turns.Count > 1);
        Assert.Contains(All, s => s.Customer is not null);
        Assert.Contains(All, s => s.Turns.Any(t => t.Handoff == true));
        Assert.Contains(All, s => s.Turns.Any(t => t.Language == "en"));
        Assert.Equal(All.Count, All.Select(s => s.ToString()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task StoryHolds(string name)
    {
        var story = All.Single(s => s.ToString() == name);
        var chat = new ChatConversation(factory.CreateClient());
        if (story.Customer is { } email)
        {
            chat.CustomerToken = (await CustomerTokenSigner.CreateAsync(factory)).Sign(email);
        }

        for (var i = 0; i < story.Turns.Count; i++)
        {
            var turn = story.Turns[i];
            var reply = await chat.SayAsync(turn.User, turn.Locale);
            var problems = Check(turn, reply);
            Assert.True(problems.Count == 0, $"turn {i + 1} \"{turn.User}\":\n  {string.Join("\n  ", problems)}\nreply [{reply.Agent()}]: {reply.Text()}\nproducts: {string.Join("; ", reply.Products().Select(p => p.GetProperty("name").GetString()))}");
        }
    }

    private static List<string> Check(StoryTurn turn, JsonElement reply)
    {
        var problems = new List<string>();
        var text = reply.Text();
        var products = reply.Products();
        if (turn.AcceptableAgents.Count > 0 && !turn.AcceptableAgents.Contains(reply.Agent()))
        {
            problems.Add($"agent {reply.Agent()}, expected {string.Join(" or ", turn.AcceptableAgents)}");
        }

        problems.AddRange(turn.Contains.Where(w => !text.Contains(w, StringComparison.OrdinalIgnoreCase)).Select(w => $"missing \"{w}\""));
        problems.AddRange(turn.NotContains.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)).Select(w => $"must not contain \"{w}\""));
        if (turn.ContainsAny.Count > 0 && !turn.ContainsAny.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"none of \"{string.Join("\", \"", turn.ContainsAny)}\"");
        }

        if (turn.Products is { } wanted && wanted != (products.Count > 0))
        {
            problems.Add(wanted ? "no product cards" : $"{products.Count} unexpected product cards");
        }

        if (turn.MaxPrice is { } max)
        {
            problems.AddRange(products.Where(p => p.EffectivePrice() > max).Select(p => $"{p.GetProperty("name")} costs {p.EffectivePrice()} > {max}"));
        }

        if (turn.ProductsNamed is { } named)
        {
            problems.AddRange(products.Where(p => !Fold(p.GetProperty("name").GetString()!).Contains(Fold(named), StringComparison.Ordinal))
                .Select(p => $"card \"{p.GetProperty("name")}\" is not a \"{named}\""));
        }

        if (turn.Language is { } language && reply.GetProperty("language").GetString() != language)
        {
            problems.Add($"language {reply.GetProperty("language")}, expected {language}");
        }

        if (turn.Handoff is { } handoff && reply.GetProperty("handoff").GetBoolean() != handoff)
        {
            problems.Add($"handoff {!handoff}, expected {handoff}");
        }

        var flags = reply.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ToList();
        problems.AddRange(turn.Flags.Where(f => !flags.Contains(f)).Select(f => $"missing flag {f}"));
        if (turn.Flags.Count == 0 && flags.Contains("ungrounded"))
        {
            problems.Add("the grounding check blocked the reply");
        }

        return problems;
    }

    private static string Fold(string text) =>
        new(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).Select(char.ToLowerInvariant).ToArray());
}
