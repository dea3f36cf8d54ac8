namespace ChatBuddy.GrainInterfaces.Conversations;

/// <summary>
/// Failed order verifications from one network address of one shop, keyed "{shopId}/{address}":
/// guessing order numbers and e-mails is cut off after a few tries an hour, across sessions.
/// </summary>
[Alias("chatbuddy.IOrderLookupGuardGrain")]
public interface IOrderLookupGuardGrain : IGrainWithStringKey
{
    /// <summary>True while the address has used up its failed attempts for the hour.</summary>
    [Alias("IsLocked")]
    Task<bool> IsLockedAsync();

    /// <summary>Counts one failed attempt and returns whether the address is now locked.</summary>
    [Alias("RecordFailure")]
    Task<bool> RecordFailureAsync();
}
