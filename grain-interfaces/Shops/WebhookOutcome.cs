namespace ChatBuddy.GrainInterfaces.Shops;

[GenerateSerializer, Alias("chatbuddy.WebhookOutcome")]
public enum WebhookOutcome
{
    /// <summary>Verified and new: its re-fetch is queued.</summary>
    Accepted = 0,

    /// <summary>Verified, but the same delivery was accepted before.</summary>
    Duplicate = 1,

    /// <summary>The signature or token does not match.</summary>
    Rejected = 2,

    /// <summary>The shop does not sync from this platform or has no webhook secret.</summary>
    NotConnected = 3,
}
