using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>One log entry the server wrote at Warning or above, or with an exception.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, string? ExceptionType, string? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} {Exception}";
}

/// <summary>
/// A real logger provider registered in the test server: it keeps what a hardening run must show is
/// absent (errors, and any exception from Npgsql or PostgreSQL at any level).
/// </summary>
public sealed class ServerLogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>Entries at Error or above, and every entry carrying a database exception.</summary>
    public IReadOnlyList<CapturedLog> Problems => ProblemsSince(0);

    /// <summary>How many entries there are now; <see cref="ProblemsSince"/> then reads only later ones.</summary>
    public int Mark() => _entries.Count;

    public IReadOnlyList<CapturedLog> ProblemsSince(int mark) => _entries
        .Skip(mark)
        .Where(e => e.Level >= LogLevel.Error || IsDatabaseProblem(e))
        .ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private static bool IsDatabaseProblem(CapturedLog entry) =>
        entry.ExceptionType is { } type && (type.Contains("Npgsql", StringComparison.Ordinal) || type.Contains("Postgres", StringComparison.Ordinal));

    private static string? ExceptionChain(Exception? exception)
    {
        var types = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            types.Add(e.GetType().FullName ?? e.GetType().Name);
        }

        return types.Count == 0 ? null : string.Join(" <- ", types);
    }

    private static string? Shorten(string? text) => text is { Length: > 2000 } ? text[..2000] + "…" : text;

    private sealed class Logger(string category, ServerLogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning || exception is not null)
            {
                capture._entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), ExceptionChain(exception), Shorten(exception?.ToString())));
            }
        }
    }
}
