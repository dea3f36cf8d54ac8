using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>A frame the server writes on the plain socket; <c>type</c> names it (docs/realtime.md §3).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AckFrame), "ack")]
[JsonDerivedType(typeof(TypingFrame), "typing")]
[JsonDerivedType(typeof(DeltaFrame), "delta")]
[JsonDerivedType(typeof(MessageFrame), "message")]
[JsonDerivedType(typeof(ErrorFrame), "error")]
[JsonDerivedType(typeof(PongFrame), "pong")]
public abstract record ServerFrame
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, Json);
}

public sealed record AckFrame(string ClientId, Guid MessageId, int Seq) : ServerFrame;

public sealed record TypingFrame : ServerFrame;

public sealed record DeltaFrame(Guid MessageId, string Text) : ServerFrame;

public sealed record MessageFrame(
    Guid MessageId,
    int Seq,
    string Agent,
    string Reply,
    IReadOnlyList<WidgetProduct> Products,
    IReadOnlyList<string> QuickReplies,
    bool Handoff,
    string Role,
    string? ClientId,
    IReadOnlyList<string> Flags) : ServerFrame
{
    public static MessageFrame From(WidgetMessage m) =>
        new(m.MessageId, m.Seq, m.Agent, m.Reply, m.Products, m.QuickReplies, m.Handoff, m.Role, m.ClientId, m.Flags);
}

public sealed record ErrorFrame(
    string Code,
    string Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? RetryAfter = null) : ServerFrame;

public sealed record PongFrame : ServerFrame;
