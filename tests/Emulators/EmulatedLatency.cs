namespace ChatBuddy.Tests.Emulators;

/// <summary>Simulated model latency: a wait before the first byte of every response, and one between streamed chunks.</summary>
public sealed record EmulatedLatency(TimeSpan BeforeFirstByte, TimeSpan BetweenChunks = default)
{
    public static EmulatedLatency None { get; } = new(TimeSpan.Zero);
}
