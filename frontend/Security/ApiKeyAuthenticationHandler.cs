using System.Security.Claims;
using System.Text.Encodings.Web;
using ChatBuddy.Grains.Security.Access;
using ChatBuddy.Grains.Security.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ChatBuddy.Frontend.Security;

/// <summary>
/// Server-to-server callers: <c>X-Api-Key: cbk_…</c> (or <c>Authorization: ApiKey cbk_…</c> / <c>Bearer cbk_…</c>).
/// The principal is limited to the key's shop.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys, IAuditTrail audit)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var identity = await keys.VerifyAsync(presented, Context.RequestAborted);
        if (identity is null)
        {
            await audit.RecordAsync(
                new AuditEvent(null, ClientAddress.Actor(ClientAddress.Of(Context)), AuditActions.ApiKeyRejected, ApiKeySecret.Parse(presented)?.Id),
                CancellationToken.None);
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim("sub", $"api-key:{identity.Id}"),
                new Claim(AccessClaims.Actor, $"api-key:{identity.Id}"),
                new Claim(AdminTokens.ShopClaim, identity.ShopId),
            ],
            SchemeName,
            "sub",
            null));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers["X-Api-Key"].ToString() is { Length: > 0 } header)
        {
            return header.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        foreach (var prefix in (string[])["ApiKey ", "Bearer "])
        {
            if (authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && authorization[prefix.Length..].Trim() is var value
                && value.StartsWith(ApiKeySecret.Prefix, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
