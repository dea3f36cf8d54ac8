namespace ChatBuddy.Grains.Assistant.Slots;

/// <summary>What a single message states explicitly: identifiers, contact details, amounts, attributes, dates.</summary>
public sealed record ExtractedSlots
{
    public IReadOnlyList<string> OrderNumbers { get; init; } = [];

    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Phone numbers in E.164 form (+36301234567).</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>Forint amounts mentioned ("20 ezer", "15e Ft", "30000 forint").</summary>
    public IReadOnlyList<int> Amounts { get; init; } = [];

    public int? MaxPrice { get; init; }

    public int? MinPrice { get; init; }

    public IReadOnlyList<string> Colours { get; init; } = [];

    public IReadOnlyList<string> Sizes { get; init; } = [];

    public IReadOnlyList<DateOnly> Dates { get; init; } = [];

    /// <summary>A reference to an item of the last list ("a másodikat" → 2, "az utolsót" → -1).</summary>
    public int? Ordinal { get; init; }

    public bool HasContact => Emails.Count > 0 || Phones.Count > 0;
}
