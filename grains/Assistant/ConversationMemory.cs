using ChatBuddy.GrainInterfaces.Conversations;

namespace ChatBuddy.Grains.Assistant;

/// <summary>
/// What a conversation remembers between turns so follow-ups resolve ("és kékben is van?", "a
/// másodikat kérem", "és a rendelésem?"): the last list shown, the product in focus, the order in
/// question, contact details the shopper typed, and what verification they passed.
/// </summary>
[GenerateSerializer, Alias("chatbuddy.ConversationMemory")]
public sealed class ConversationMemory
{
    [Id(0)]
    public string? LastQuery { get; set; }

    [Id(1)]
    public List<RememberedProduct> LastProducts { get; set; } = [];

    [Id(2)]
    public string? FocusSku { get; set; }

    [Id(3)]
    public string? LastOrderNumber { get; set; }

    /// <summary>E-mails and phone numbers the shopper wrote in this session (never taken from a model).</summary>
    [Id(4)]
    public List<string> Contacts { get; set; } = [];

    /// <summary>Orders whose number and contact matched: a verification holds for the session.</summary>
    [Id(5)]
    public List<string> VerifiedOrders { get; set; } = [];

    [Id(6)]
    public int FailedVerifications { get; set; }

    [Id(7)]
    public string? LastAgent { get; set; }

    [Id(8)]
    public string? FocusName { get; set; }

    /// <summary>The logged-in shopper a shop-signed customer token vouched for; holds for the session.</summary>
    [Id(9)]
    public VerifiedCustomer? Customer { get; set; }

    public void Remember(IReadOnlyList<RememberedProduct> products)
    {
        LastProducts = products.Take(10).ToList();
        if (products.Count == 1)
        {
            FocusSku = products[0].Sku;
            FocusName = products[0].Name;
        }
    }

    public void Focus(string sku, string name)
    {
        FocusSku = sku;
        FocusName = name;
    }

    public void AddContact(string contact)
    {
        if (!Contacts.Contains(contact, StringComparer.OrdinalIgnoreCase))
        {
            Contacts.Add(contact);
        }
    }
}

[GenerateSerializer, Immutable, Alias("chatbuddy.RememberedProduct")]
public sealed record RememberedProduct(
    [property: Id(0)] int Position,
    [property: Id(1)] string Sku,
    [property: Id(2)] string Name,
    [property: Id(3)] int? Price = null);
