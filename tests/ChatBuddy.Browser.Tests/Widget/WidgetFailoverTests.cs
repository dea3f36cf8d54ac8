using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBuddy.Browser.Tests.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBuddy.Browser.Tests.Widget;

/// <summary>The must-show: the frontend holding the widget's connection dies mid-answer (kill -9).</summary>
public sealed class WidgetFailoverTests(FailoverCluster cluster, Chromium chromium) : IClassFixture<FailoverCluster>, IClassFixture<Chromium>
{
    /// <summary>
    /// Frontend A is killed the moment the shopper's message is acknowledged; the session grain finishes and
    /// stores the answer without a listener, and the widget, reconnected to B, resends the same client id
    /// and shows that stored answer once.
    /// </summary>
    [Fact(Timeout = 300_000)]
    public async Task KilledFrontendMidAnswerTheWidgetReconnectsToTheOtherAndShowsTheAnswerOnce()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync($"window.ChatBuddyConfig = {{ servers: ['{cluster.UrlA}', '{cluster.UrlB}'] }};");
        var sockets = new List<string>();
        var killed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) =>
        {
            lock (sockets)
            {
                sockets.Add(socket.Url);
            }

            socket.FrameReceived += (_, frame) =>
            {
                // The shopper's message is stored and the answer is being made: now the frontend dies.
                if (socket.Url.StartsWith(cluster.UrlA.Replace("http", "ws", StringComparison.Ordinal), StringComparison.Ordinal)
                    && frame.Text?.Contains("\"type\":\"ack\"", StringComparison.Ordinal) == true && !cluster.FrontendA.HasExited)
                {
                    cluster.FrontendA.Kill();
                    killed.TrySetResult(frame.Text);
                }
            };
        };
        var widget = new WidgetPage(page);
        await page.GotoAsync(cluster.UrlA + "/");
        await widget.OpenAsync();

        await widget.Input.FillAsync("van piros futócipő 40-es méretben?");
        await widget.Input.PressAsync("Enter");
        await killed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var answersWhenKilled = await widget.BotMessages.CountAsync();

        try
        {
            await Expect(widget.BotMessages).ToHaveCountAsync(1, new() { Timeout = 120_000 });
        }
        catch (PlaywrightException e)
        {
            Assert.Fail($"No answer after the failover. Sockets: {string.Join(", ", sockets)}. Stored: {await StoredMessagesAsync(page)}. {e.Message}");
        }

        Assert.Equal(0, answersWhenKilled);
        Assert.Contains(sockets, url => url.StartsWith(cluster.UrlB.Replace("http", "ws", StringComparison.Ordinal), StringComparison.Ordinal));

        // Exactly once, complete, and the same answer the session stored.
        await Task.Delay(3000);
        await Expect(widget.BotMessages).ToHaveCountAsync(1);
        await Expect(widget.UserMessages).ToHaveCountAsync(1);
        await Expect(widget.Streaming).ToHaveCountAsync(0);
        var shown = await widget.BotMessages.Locator(".cb-bubble").TextContentAsync();
        Assert.Equal(await StoredAnswerAsync(page), shown);
        Assert.True(await widget.BotMessages.Locator(".cb-product").CountAsync() >= 1);
    }

    private async Task<string> StoredMessagesAsync(IPage page)
    {
        var stored = JsonDocument.Parse(await page.EvaluateAsync<string>("() => localStorage.getItem('chatbuddy:demo')")).RootElement;
        using var http = new HttpClient { BaseAddress = new Uri(cluster.UrlB) };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/chat/{stored.GetProperty("sessionId").GetString()}/messages?shop=demo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", stored.GetProperty("token").GetString());
        using var response = await http.SendAsync(request);
        return stored.ToString() + " → " + await response.Content.ReadAsStringAsync();
    }

    private async Task<string> StoredAnswerAsync(IPage page)
    {
        var stored = JsonDocument.Parse(await page.EvaluateAsync<string>("() => localStorage.getItem('chatbuddy:demo')")).RootElement;
        using var http = new HttpClient { BaseAddress = new Uri(cluster.UrlB) };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/chat/{stored.GetProperty("sessionId").GetString()}/messages?shop=demo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", stored.GetProperty("token").GetString());
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<JsonElement>();
        var answers = messages.EnumerateArray().Where(m => m.GetProperty("role").GetString() == "assistant").ToList();
        Assert.Single(answers);
        return answers[0].GetProperty("text").GetString()!;
    }
}
