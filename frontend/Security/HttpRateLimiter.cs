using System.Globalization;
using System.Threading.RateLimiting;
using ChatBuddy.Grains.Security.Access;

namespace ChatBuddy.Frontend.Security;

/// <summary>
/// The rate-limiting middleware's global limiter: an endpoint marked with <see cref="RateLimitedAs"/>
/// counts against its bucket's client-address, session (route <c>sessionId</c>) and API-key partitions.
/// </summary>
public sealed class HttpRateLimiter(ChatRateLimiter limiter) : PartitionedRateLimiter<HttpContext>
{
    public static RateLimitSubject? SubjectOf(HttpContext http)
    {
        // A CORS preflight is the browser's question, not the shopper's message: it does not count.
        if (HttpMethods.IsOptions(http.Request.Method) || http.GetEndpoint()?.Metadata.GetMetadata<RateLimitedAs>() is not { } limited)
        {
            return null;
        }

        var address = http.Connection.RemoteIpAddress;
        var session = http.Request.RouteValues.TryGetValue("sessionId", out var value) && Guid.TryParse(value as string, out var id) ? id.ToString("N") : null;
        return new RateLimitSubject(limited.Bucket, address is null ? null : ClientAddress.Hash(address), session, null, ApiKeyIdOf(http.Request));
    }

    /// <summary>The public id of a presented API key (not yet verified: the limit applies before the hash is checked).</summary>
    public static string? ApiKeyIdOf(HttpRequest request)
    {
        var presented = request.Headers["X-Api-Key"].ToString();
        if (presented.Length == 0 && request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            var space = authorization.IndexOf(' ', StringComparison.Ordinal);
            presented = space > 0 ? authorization[(space + 1)..].Trim() : "";
        }

        return ApiKeySecret.Parse(presented)?.Id;
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    // The middleware tries without waiting first; every real decision is the asynchronous one.
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        SubjectOf(resource) is null ? Decided.Permitted : Decided.Undecided;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (SubjectOf(resource) is not { } subject)
        {
            return Decided.Permitted;
        }

        var decision = await limiter.AcquireAsync(subject, cancellationToken);
        return decision.Permitted ? Decided.Permitted : new Decided(false, decision.RetryAfterSeconds);
    }

    /// <summary>Answers a refused request: 429 problem+json with Retry-After.</summary>
    public static async ValueTask RejectAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            detail: $"Too many requests from this client; try again in {seconds} s.",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Rate limited",
            extensions: new Dictionary<string, object?> { ["retry_after"] = seconds }).ExecuteAsync(http);
    }

    private sealed class Decided(bool acquired, int retryAfterSeconds = 0) : RateLimitLease
    {
        public static readonly Decided Permitted = new(true);
        public static readonly Decided Undecided = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfterSeconds > 0 ? [MetadataName.RetryAfter.Name] : [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfterSeconds > 0 && metadataName == MetadataName.RetryAfter.Name ? TimeSpan.FromSeconds(retryAfterSeconds) : null;
            return metadata is not null;
        }
    }
}
