using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using ChatBuddy.Grains.Security.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ChatBuddy.Frontend.Security;

/// <summary>
/// The bootstrap credential: <c>X-Admin-Key</c> equal to <c>ChatBuddy:Admin:ApiKey</c>, for a fresh
/// install and for development, before the first admin token or API key exists. Unset, it opens nothing.
/// </summary>
public sealed class AdminKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration, IAuditTrail audit)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AdminKey";
    public const string Header = "X-Admin-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var given = Request.Headers[Header].ToString();
        if (given.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var configured = configuration["ChatBuddy:Admin:ApiKey"];
        if (string.IsNullOrEmpty(configured)
            || !CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(configured))))
        {
            await audit.RecordAsync(new AuditEvent(null, ClientAddress.Actor(ClientAddress.Of(Context)), AuditActions.AdminKeyRejected), CancellationToken.None);
            return AuthenticateResult.Fail("The admin key is not valid.");
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", "bootstrap"), new Claim(AccessClaims.Actor, "admin:bootstrap")], SchemeName, "sub", null));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
