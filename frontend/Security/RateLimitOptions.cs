using System.ComponentModel.DataAnnotations;

namespace ChatBuddy.Frontend.Security;

/// <summary>
/// Sliding-window limits (section <c>ChatBuddy:RateLimits</c>), one set per kind of request and one
/// rule per partition: the client address, the chat session, the verified customer and the API key.
/// A rule with <c>PermitLimit</c> 0 is off.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "ChatBuddy:RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>StackExchange.Redis configuration for limits shared by every frontend; defaults to the cluster's Redis when it clusters through Redis.</summary>
    public string? Redis { get; set; }

    /// <summary>Segments of an in-memory sliding window (the Redis window slides per request).</summary>
    [Range(1, 60)]
    public int SegmentsPerWindow { get; set; } = 6;

    /// <summary>Shopper messages: <c>POST /api/v1/chat</c> and every hub or socket message.</summary>
    public RateLimitBucket Chat { get; set; } = new()
    {
        PerIp = new(60, TimeSpan.FromMinutes(1)),
        PerSession = new(20, TimeSpan.FromMinutes(1)),
        PerCustomer = new(30, TimeSpan.FromMinutes(1)),
        PerApiKey = new(600, TimeSpan.FromMinutes(1)),
    };

    /// <summary>New conversations (<c>POST /api/v1/sessions</c>) and chat history reads.</summary>
    public RateLimitBucket Sessions { get; set; } = new()
    {
        PerIp = new(30, TimeSpan.FromMinutes(1)),
        PerSession = new(60, TimeSpan.FromMinutes(1)),
        PerApiKey = new(600, TimeSpan.FromMinutes(1)),
    };

    /// <summary>Product search and product, shop and policy reads.</summary>
    public RateLimitBucket Catalog { get; set; } = new()
    {
        PerIp = new(120, TimeSpan.FromMinutes(1)),
        PerApiKey = new(1200, TimeSpan.FromMinutes(1)),
    };

    /// <summary>The admin API.</summary>
    public RateLimitBucket Admin { get; set; } = new()
    {
        PerIp = new(120, TimeSpan.FromMinutes(1)),
        PerApiKey = new(300, TimeSpan.FromMinutes(1)),
    };

    public RateLimitBucket For(string bucket) => bucket switch
    {
        RateLimitBuckets.Chat => Chat,
        RateLimitBuckets.Sessions => Sessions,
        RateLimitBuckets.Catalog => Catalog,
        _ => Admin,
    };
}

public sealed class RateLimitBucket
{
    public RateLimitRule? PerIp { get; set; }

    public RateLimitRule? PerSession { get; set; }

    public RateLimitRule? PerCustomer { get; set; }

    public RateLimitRule? PerApiKey { get; set; }
}

public sealed class RateLimitRule
{
    public RateLimitRule()
    {
    }

    public RateLimitRule(int permitLimit, TimeSpan window)
    {
        PermitLimit = permitLimit;
        Window = window;
    }

    [Range(0, 1_000_000)]
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsOn => PermitLimit > 0 && Window > TimeSpan.Zero;
}

/// <summary>The kinds of request limited apart; an endpoint names its kind with <see cref="RateLimitBuckets.Limit{TBuilder}"/>.</summary>
public static class RateLimitBuckets
{
    public const string Chat = "chat";
    public const string Sessions = "sessions";
    public const string Catalog = "catalog";
    public const string Admin = "admin";

    public static TBuilder Limit<TBuilder>(this TBuilder builder, string bucket)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RateLimitedAs(bucket));
}

/// <summary>Endpoint metadata: the bucket whose limits apply.</summary>
public sealed record RateLimitedAs(string Bucket);
