using ChatBuddy.GrainInterfaces;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>An authenticated conversation: its shop and session id, its grain key and its push group.</summary>
public sealed record ChatSessionRef(string ShopId, Guid SessionId)
{
    public string GrainKey => GrainKeys.ForShop(ShopId, SessionId.ToString());

    /// <summary>The SignalR group (and socket registry key) every connection of the session joins.</summary>
    public string Group => "session:" + GrainKey;
}
