using ChatBuddy.GrainInterfaces.Carts;

namespace ChatBuddy.Grains.Carts;

[GenerateSerializer, Alias("chatbuddy.CustomerCartState")]
public sealed class CustomerCartState
{
    [Id(0)]
    public List<CartLine> Lines { get; set; } = [];

    [Id(1)]
    public DateTimeOffset? LastActivity { get; set; }

    /// <summary>How many abandoned-cart follow-ups have come due for the current contents.</summary>
    [Id(2)]
    public int FollowUpsDue { get; set; }

    [Id(3)]
    public string? OrderNumber { get; set; }
}
