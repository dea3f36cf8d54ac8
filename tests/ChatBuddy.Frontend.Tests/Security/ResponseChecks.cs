using System.Text.Json;
using ChatBuddy.Tests.Infrastructure;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>What every HTTP answer to a hostile request must be.</summary>
public static class ResponseChecks
{
    /// <summary>
    /// Counts the answer and records a finding when it is a server error, a 2xx that is not JSON, a 4xx
    /// that is not problem+json, or a body that reflects the payload's markup unescaped (a tag of the
    /// payload, raw, in the body). Returns the JSON body when there is one.
    /// </summary>
    public static async Task<JsonElement?> ReadAsync(HttpResponseMessage response, NaughtyPayload payload, HardeningRun run, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        run.Count(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var body = await response.Content.ReadAsStringAsync(ct);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            run.Find(payload, $"{status} {Shorten(body)}");
            return null;
        }

        var expected = status < 300 ? "application/json" : "application/problem+json";
        if (mediaType != expected)
        {
            run.Find(payload, $"{status} came as '{mediaType}', not {expected}: {Shorten(body)}");
            return null;
        }

        if (ReflectedMarkup(payload.Text, body) is { } tag)
        {
            run.Find(payload, $"{status} body reflects the payload's markup '{tag}': {Shorten(body)}");
        }

        try
        {
            return JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            run.Find(payload, $"{status} body is not JSON: {Shorten(body)}");
            return null;
        }
    }

    /// <summary>The first tag start of <paramref name="payload"/> ("&lt;script", "&lt;img") found raw in <paramref name="body"/>, else null.</summary>
    public static string? ReflectedMarkup(string payload, string body)
    {
        for (var i = payload.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < payload.Length - 1; i = payload.IndexOf('<', i + 1))
        {
            var end = i + 1;
            while (end < payload.Length && end - i < 12 && (char.IsLetter(payload[end]) || payload[end] is '/' or '!' or '?'))
            {
                end++;
            }

            if (end - i >= 2 && body.Contains(payload[i..end], StringComparison.OrdinalIgnoreCase))
            {
                return payload[i..end];
            }
        }

        return null;
    }

    public static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}

/// <summary>What the database kept of the messages a session accepted.</summary>
public static class StoredChecks
{
    /// <summary>The session's user messages, in order, must be exactly the accepted texts: nothing lost, nothing altered.</summary>
    public static async Task UserMessagesAreAsync(TestDatabase database, Guid sessionId, IReadOnlyList<string> accepted, HardeningRun run, NaughtyPayload batchLabel)
    {
        await using var command = database.DataSource.CreateCommand("SELECT content FROM chat_messages WHERE session_id = $1 AND role = 'user' ORDER BY seq");
        command.Parameters.AddWithValue(sessionId);
        var stored = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                stored.Add(reader.GetString(0));
            }
        }

        if (stored.Count != accepted.Count)
        {
            run.Find(batchLabel, $"session {sessionId} stored {stored.Count} user messages, {accepted.Count} were accepted");
            return;
        }

        for (var i = 0; i < stored.Count; i++)
        {
            if (!string.Equals(stored[i], accepted[i], StringComparison.Ordinal))
            {
                run.Find(new NaughtyPayload("stored", accepted[i]), $"stored as '{ResponseChecks.Shorten(stored[i])}'");
            }
        }
    }
}

/// <summary>The server side of a hardening run: its own log and PostgreSQL's.</summary>
public static class ServerHealthChecks
{
    /// <summary>The server's logged problems, for a failure message.</summary>
    public static string LoggedProblems(FrontendFactory factory, int since = 0) =>
        string.Concat(factory.Logs.ProblemsSince(since).Take(5).Select(p => "\n  server log: " + p));

    /// <summary>Nothing at Error level and no database exception in the server's log since <paramref name="since"/>, no error in PostgreSQL's.</summary>
    public static void NoErrorsLogged(FrontendFactory factory, PostgresServerLog postgres, int since)
    {
        var problems = factory.Logs.ProblemsSince(since);
        Assert.True(problems.Count == 0, "server logged: " + string.Join("\n", problems.Take(20)));
        var sqlErrors = postgres.ErrorsFor(factory.Database.Name);
        TestContext.Current.TestOutputHelper?.WriteLine(postgres.Reachable
            ? $"PostgreSQL server log: {sqlErrors.Count} errors for {factory.Database.Name}"
            : "PostgreSQL server log not readable here; checked the application's logs only");
        Assert.True(sqlErrors.Count == 0, "PostgreSQL logged: " + string.Join("\n", sqlErrors.Take(20)));
    }
}
