using System.Text.Json;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Assistant;
using ChatBuddy.Grains.Assistant.Routing;
using ChatBuddy.Grains.Demo;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Tests.Emulators;
using ChatBuddy.Tests.Infrastructure;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Grains.Tests.Assistant;

/// <summary>
/// The same agents and tools on a real model's wire protocol (an OpenAI-compatible emulator with
/// scripted tool calls): tool results reach the model, and a reply whose numbers the tools did not
/// return is replaced before it is sent.
/// </summary>
public sealed class LanguageModelProviderTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private OpenAiEmulator _emulator = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _emulator = await OpenAiEmulator.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_emulator.ProviderSettings()).Build();
        _services = new ServiceCollection().AddChatBuddyData(db.ConnectionString, configuration).BuildServiceProvider();
        await _services.GetRequiredService<DemoShopLoader>().LoadAsync(DemoShopGenerator.Generate(), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task AGroundedAnswerStreamsAsTheModelWroteIt()
    {
        _emulator.Chat.RespondWith(request => request.LastMessage.Role == "tool"
            ? ScriptedReply.Text($"A legjobb találat: {FirstProduct(request).Name}, {FirstProduct(request).Price} Ft. Kérsz még valamit?")
            : ScriptedReply.ToolCall("search_products", """{"query":"piros futócipő"}"""));

        var (run, deltas) = await RunAsync("van piros futócipő?");

        Assert.Empty(run.Flags);
        Assert.True(deltas.Count >= 2, "the answer streams in pieces");
        Assert.StartsWith("A legjobb találat:", run.Text);
        Assert.NotEmpty(run.Products);
        var seen = _emulator.Chat.Requests[0];
        Assert.Contains("<context>", seen.SystemPrompt);
        Assert.Equal(["search_products", "get_product", "check_stock"], seen.Tools.Select(t => t.Name));
    }

    [Fact]
    public async Task AnInventedPriceIsNotSentAndTheToolDataIsSaidInstead()
    {
        _emulator.Chat.RespondWith(request => request.LastMessage.Role == "tool"
            ? ScriptedReply.Text($"Megvan! A {FirstProduct(request).Name} most csak 1 234 Ft.")
            : ScriptedReply.ToolCall("search_products", """{"query":"piros futócipő"}"""));

        var (run, deltas) = await RunAsync("van piros futócipő?");

        Assert.Contains(ConversationEngine.UngroundedFlag, run.Flags);
        Assert.DoesNotContain("1 234", run.Text);
        Assert.DoesNotContain(deltas, d => d.Contains("1 234", StringComparison.Ordinal));
        Assert.Contains(run.Products[0].Name, run.Text);
    }

    private async Task<(AgentRun Run, List<string> Deltas)> RunAsync(string text)
    {
        var engine = _services.GetRequiredService<ConversationEngine>();
        var turn = new TurnContext(DemoShopGenerator.ShopId, Guid.NewGuid(), ShopSettings.Default(DemoShopGenerator.ShopName), new ConversationMemory())
        {
            Language = "hu",
            UserText = text,
            Now = DateTimeOffset.UtcNow,
        };
        var run = new AgentRun(new RouteDecision(AgentNames.ProductInfo, 1, "test"));
        var deltas = new List<string>();
        await foreach (var delta in engine.RunAsync(turn, run, [new ChatMessage(ChatRole.User, text)], TestContext.Current.CancellationToken))
        {
            deltas.Add(delta);
        }

        return (run, deltas);
    }

    private static (string Name, int Price) FirstProduct(ChatRequestView request)
    {
        var content = request.ToolResults[^1].Content;
        var json = JsonDocument.Parse(content).RootElement;
        var product = (json.ValueKind == JsonValueKind.String ? JsonDocument.Parse(json.GetString()!).RootElement : json).GetProperty("products")[0];
        var price = product.TryGetProperty("sale_price", out var sale) && sale.ValueKind == JsonValueKind.Number ? sale.GetInt32() : product.GetProperty("price").GetInt32();
        return (product.GetProperty("name").GetString()!, price);
    }
}
