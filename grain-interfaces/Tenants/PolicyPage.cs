namespace ChatBuddy.GrainInterfaces.Tenants;

/// <summary>One of a shop's policy pages, in the shop's own words.</summary>
[GenerateSerializer, Immutable, Alias("chatbuddy.PolicyPage")]
public sealed record PolicyPage(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] string Body,
    [property: Id(3)] string? Url);
