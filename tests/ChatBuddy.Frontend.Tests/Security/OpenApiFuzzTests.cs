using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>
/// A property-based fuzz of the served OpenAPI document: CsCheck generates requests for every
/// operation (admin ones with and without the admin key) from the schemas, valid and hostile alike.
/// None may get a server error, and every 4xx must be problem+json. A failure is shrunk by CsCheck
/// to a small request that still fails, printed with its seed.
/// </summary>
[Collection(HardeningCollection.Name)]
public sealed class OpenApiFuzzTests(FrontendFactory factory)
{
    private const int Requests = 1_500;

    [Fact]
    public async Task GeneratedRequestsForEveryOperationNeverGetAServerErrorAndEvery4xxIsProblemJson()
    {
        using var client = factory.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var operations = OpenApiOperation.All(document);
        Assert.Contains(operations, o => o.IsAdmin);
        Assert.Contains(operations, o => o.Body is not null);
        var statuses = new ConcurrentDictionary<int, int>();
        var perOperation = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var sent = 0;
        var logMark = factory.Logs.Mark();

        await OpenApiRequestGen.For(operations, FrontendFactory.AdminKey).SampleAsync(
            async request =>
            {
                using var message = ToMessage(request);
                using var response = await client.SendAsync(message, TestContext.Current.CancellationToken);
                var status = (int)response.StatusCode;
                Interlocked.Increment(ref sent);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                perOperation.AddOrUpdate(request.Operation.ToString(), 1, (_, n) => n + 1);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                Assert.True(status < 500, $"{status}: {ResponseChecks.Shorten(body)}{ServerHealthChecks.LoggedProblems(factory, logMark)}");
                if (status >= 400)
                {
                    Assert.True(
                        response.Content.Headers.ContentType?.MediaType == "application/problem+json" && body.Contains("\"status\"", StringComparison.Ordinal),
                        $"{status} as '{response.Content.Headers.ContentType}': {ResponseChecks.Shorten(body)}");
                }
            },
            iter: Requests,
            threads: 4,
            print: r => r.ToString());

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{sent} requests over {operations.Count} operations; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}");
        output?.WriteLine(string.Join("\n", perOperation.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"  {o.Key}: {o.Value}")));
        Assert.True(sent >= 1_000, $"only {sent} requests");
        Assert.True(operations.All(o => perOperation.ContainsKey(o.ToString())), "every operation was exercised");
        Assert.Empty(factory.Logs.ProblemsSince(logMark));
    }

    private static HttpRequestMessage ToMessage(FuzzRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), request.PathAndQuery);
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is { } body)
        {
            message.Content = new StringContent(body, Encoding.UTF8);
            message.Content.Headers.Remove("Content-Type");
            if (request.ContentType is { } type)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }

        return message;
    }
}
