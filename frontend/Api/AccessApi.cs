using System.Net;
using ChatBuddy.Frontend.Security;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Security.Access;
using ChatBuddy.Grains.Security.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBuddy.Frontend.Api;

/// <summary>
/// Access control under <c>/api/v1/admin</c>: the IP block list (installation-wide) and a shop's API keys.
/// A new key is shown once, in the creation response.
/// </summary>
public static class AccessApi
{
    public static IEndpointRouteBuilder MapAccessApi(this IEndpointRouteBuilder app)
    {
        var blocks = app.MapGroup("/api/v1/admin/ip-blocks").WithTags("Admin").RequireAdmin().WithMetadata(new AllShopsOnly());
        blocks.MapGet("/", ListBlocksAsync).WithName("ListIpBlocks");
        blocks.MapPost("/", BlockAsync).WithName("BlockIp");
        blocks.MapDelete("/", UnblockAsync).WithName("UnblockIp");

        var keys = app.MapGroup("/api/v1/admin/shops/{shopId}/api-keys").WithTags("Admin").RequireAdmin();
        keys.MapGet("/", ListKeysAsync).WithName("ListApiKeys");
        keys.MapPost("/", CreateKeyAsync).WithName("CreateApiKey");
        keys.MapDelete("/{keyId}", RevokeKeyAsync).WithName("RevokeApiKey");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<IpBlock>>> ListBlocksAsync(IpBlockStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ActiveAsync(cancellationToken));

    public static async Task<Results<Created<IpBlock>, ProblemHttpResult>> BlockAsync(
        IpBlockRequest? request, HttpContext http, IpBlockStore store, IpBlockList blockList, IAuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ParseNetwork(request?.Address) is not { } network)
        {
            return Invalid("Send 'address': an IPv4 or IPv6 address, or a network in CIDR notation (203.0.113.0/24).");
        }

        if (request!.Reason is { Length: > 200 } || !InputText.IsPlain(request.Reason))
        {
            return Invalid("'reason' may be at most 200 characters, without control characters.");
        }

        if (request.ExpiresAt is { } expires && expires <= clock.GetUtcNow())
        {
            return Invalid("'expires_at' must be in the future (or null for a block until removed).");
        }

        var actor = AdminTokens.ActorOf(http.User);
        var block = await store.AddAsync(network, request.Reason ?? "", request.ExpiresAt, actor, cancellationToken);
        await blockList.ChangedAsync();
        await audit.RecordAsync(
            new AuditEvent(null, actor, AuditActions.IpBlocked, ClientAddress.Actor(network.ToString()), Expiry(request.ExpiresAt)),
            CancellationToken.None);
        return TypedResults.Created((string?)null, block);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> UnblockAsync(
        string? address, HttpContext http, IpBlockStore store, IpBlockList blockList, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (ParseNetwork(address) is not { } network)
        {
            return Invalid("Name the block with '?address=' (an address or a CIDR network).");
        }

        if (!await store.RemoveAsync(network, cancellationToken))
        {
            return TypedResults.Problem(detail: $"No block for {network}.", statusCode: StatusCodes.Status404NotFound, title: "Unknown block");
        }

        await blockList.ChangedAsync();
        await audit.RecordAsync(
            new AuditEvent(null, AdminTokens.ActorOf(http.User), AuditActions.IpUnblocked, ClientAddress.Actor(network.ToString())),
            CancellationToken.None);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<IReadOnlyList<ApiKeyInfo>>, ProblemHttpResult>> ListKeysAsync(
        string shopId, IGrainFactory grains, ApiKeyStore keys, CancellationToken cancellationToken) =>
        await ShopExistsAsync(grains, shopId)
            ? TypedResults.Ok(await keys.ListAsync(shopId, cancellationToken))
            : UnknownShop(shopId);

    public static async Task<Results<Created<NewApiKey>, ProblemHttpResult>> CreateKeyAsync(
        string shopId, ApiKeyRequest? request, HttpContext http, IGrainFactory grains, ApiKeyStore keys, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (request?.Name is not { } name || string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100 || !InputText.IsPlain(name))
        {
            return Invalid("Send 'name': 1–100 characters saying what the key is for, without control characters.");
        }

        if (!await ShopExistsAsync(grains, shopId))
        {
            return UnknownShop(shopId);
        }

        var actor = AdminTokens.ActorOf(http.User);
        var key = await keys.CreateAsync(shopId, name.Trim(), actor, cancellationToken);
        await audit.RecordAsync(new AuditEvent(shopId, actor, AuditActions.ApiKeyCreated, $"api-key:{key.Id}"), CancellationToken.None);
        return TypedResults.Created($"/api/v1/admin/shops/{shopId}/api-keys/{key.Id}", key);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKeyAsync(
        string shopId, string keyId, HttpContext http, ApiKeyStore keys, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (keyId.Length > 64 || !await keys.RevokeAsync(shopId, keyId, cancellationToken))
        {
            return TypedResults.Problem(detail: "This shop has no such active key.", statusCode: StatusCodes.Status404NotFound, title: "Unknown key");
        }

        await audit.RecordAsync(new AuditEvent(shopId, AdminTokens.ActorOf(http.User), AuditActions.ApiKeyRevoked, $"api-key:{keyId}"), CancellationToken.None);
        return TypedResults.NoContent();
    }

    /// <summary>A single address becomes its /32 or /128 network; a network must not have host bits set.</summary>
    public static IPNetwork? ParseNetwork(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }

        if (IPAddress.TryParse(text, out var address) && !text.Contains('/', StringComparison.Ordinal))
        {
            var normal = ClientAddress.Normal(address);
            return new IPNetwork(normal, normal.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }

        // A network with host bits set (10.0.0.1/8) is almost always a typo for a narrower block: refuse it.
        return IPNetwork.TryParse(text, out var network) && IPAddress.TryParse(text.Split('/')[0], out var written) && written.Equals(network.BaseAddress)
            ? network
            : null;
    }

    private static Dictionary<string, string>? Expiry(DateTimeOffset? expiresAt) =>
        expiresAt is { } at ? new() { ["expires_at"] = at.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture) } : null;

    private static async Task<bool> ShopExistsAsync(IGrainFactory grains, string shopId) =>
        shopId.Length <= 100 && await grains.GetGrain<IShopTenantGrain>(shopId).GetSettingsAsync() is not null;

    private static ProblemHttpResult UnknownShop(string shopId) =>
        TypedResults.Problem(detail: $"No shop '{shopId}' is registered.", statusCode: StatusCodes.Status404NotFound, title: "Unknown shop");

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");
}

/// <summary>Block <c>address</c> (an address or CIDR network) until <c>expires_at</c> (null: until removed).</summary>
public sealed record IpBlockRequest(string? Address, string? Reason, DateTimeOffset? ExpiresAt);

public sealed record ApiKeyRequest(string? Name);
