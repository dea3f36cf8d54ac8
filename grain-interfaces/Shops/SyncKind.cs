namespace ChatBuddy.GrainInterfaces.Shops;

/// <summary>Full re-reads everything (and detects deletions); incremental reads what changed since each resource's watermark.</summary>
[GenerateSerializer, Alias("chatbuddy.SyncKind")]
public enum SyncKind
{
    Incremental = 0,
    Full = 1,
}
