namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>Who owns a conversation: the bot, a queue waiting for staff, a staff member, or nobody (closed).</summary>
[GenerateSerializer, Alias("chatbuddy.HandoffStatus")]
public enum HandoffStatus
{
    Bot = 0,
    PendingHuman = 1,
    Human = 2,
    Closed = 3,
}
