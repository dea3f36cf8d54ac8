using System.ComponentModel.DataAnnotations;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>Limits of the realtime endpoints (section <c>ChatBuddy:Realtime</c>).</summary>
public sealed class RealtimeOptions
{
    public const string Section = "ChatBuddy:Realtime";

    /// <summary>A socket that sends no frame for this long is closed with 4000.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A socket must say hello within this time.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Protocol-level pings from the server; a peer that stops answering is dropped.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    [Range(1024, 1024 * 1024)]
    public int MaxFrameBytes { get; set; } = 16 * 1024;
}
