using ChatBuddy.Grains.Assistant;
using ChatBuddy.Grains.Assistant.Routing;

namespace ChatBuddy.Grains.Tests.Assistant;

public sealed class RoutingTests
{
    private static readonly Lazy<Coordinator> Shipped = new(() => new Coordinator(IntentClassifier.LoadShipped()));
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void TheShippedModelWasTrainedOnTheShippedData() =>
        Assert.Equal(IntentClassifier.RecordedDataHash(), IntentClassifier.ShippedDataHash());

    [Fact]
    public async Task TheHeldOutSetIsRoutedAtLeast97PercentRight()
    {
        await using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "routing-eval.jsonl"));
        var messages = await RoutingEvaluation.ReadAsync(file, TestContext.Current.CancellationToken);

        var outcomes = RoutingEvaluation.Run(Shipped.Value, messages, Today);

        Assert.True(messages.Count >= 300);
        var accuracy = outcomes.Average(o => o.Correct ? 1.0 : 0.0);
        Assert.True(accuracy >= 0.97, $"accuracy {accuracy:0.000}; misses: {string.Join(" | ", outcomes.Where(o => !o.Correct).Select(o => o.Message.Text))}");
    }

    [Fact]
    public void TheHeldOutSetSharesNoMessageWithTheTrainingData()
    {
        var training = Utterance.LoadShipped().Select(u => Key(u.Text)).ToHashSet(StringComparer.Ordinal);
        var held = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "routing-eval.jsonl"))
            .Select(l => System.Text.Json.JsonSerializer.Deserialize<LabelledMessage>(l)!.Text);

        Assert.DoesNotContain(held, t => training.Contains(Key(t)));
    }

    [Theory]
    [InlineData("hol tart a HB-20731 rendelesem?", AgentNames.OrderStatus)]
    [InlineData("van kuponkod?", AgentNames.Marketing)]
    [InlineData("mit ajanlasz ajandekba?", AgentNames.Recommendation)]
    [InlineData("mennyi a szallitas?", AgentNames.General)]
    [InlineData("beszelhetnek egy emberrel?", AgentNames.Human)]
    [InlineData("van piros futocipo 40-es meretben 20 ezer alatt?", AgentNames.ProductInfo)]
    public void ThePlansExamplesGoToTheirAgent(string text, string agent) =>
        Assert.Equal(agent, Shipped.Value.Route(text, new ConversationMemory(), Today).Agent);

    [Fact]
    public void AShortRefinementStaysWithTheProductAgent()
    {
        var memory = new ConversationMemory { LastAgent = AgentNames.ProductInfo, LastQuery = "piros futócipő" };
        memory.Remember([new RememberedProduct(1, "FC-1", "A"), new RememberedProduct(2, "FC-2", "B")]);

        Assert.Equal(AgentNames.ProductInfo, Shipped.Value.Route("és kékben is van?", memory, Today).Agent);
        Assert.Equal(AgentNames.ProductInfo, Shipped.Value.Route("a másodikat kérem", memory, Today).Agent);
    }

    [Fact]
    public void AContactDetailAnswersTheAgentThatAskedForIt()
    {
        var memory = new ConversationMemory { LastAgent = AgentNames.OrderStatus };

        Assert.Equal(AgentNames.OrderStatus, Shipped.Value.Route("kiss.anna@example.hu", memory, Today).Agent);
    }

    private static string Key(string text) =>
        new(ChatBuddy.Grains.Catalog.Search.TextFolding.Fold(text).Where(char.IsLetterOrDigit).ToArray());
}
