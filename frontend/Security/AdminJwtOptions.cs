using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ChatBuddy.Frontend.Security;

/// <summary>
/// Admin and API-user tokens (section <c>ChatBuddy:Auth:Jwt</c>): HS256 JWTs with a <c>kid</c>. The last
/// key listed signs new tokens; every listed key still validates, so a rotation appends a key and drops
/// the oldest once its tokens have expired.
/// </summary>
public sealed class AdminJwtOptions
{
    public const string Section = "ChatBuddy:Auth:Jwt";
    public const int MinSecretLength = 32;

    public string Issuer { get; set; } = "chatbuddy";

    public string Audience { get; set; } = "chatbuddy-admin";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(12);

    public List<AdminJwtKey> Keys { get; set; } = [];

    public IReadOnlyList<SymmetricSecurityKey> SigningKeys() =>
        Keys.Where(k => !string.IsNullOrWhiteSpace(k.Kid) && k.Secret is { Length: >= MinSecretLength })
            .Select(k => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(k.Secret!)) { KeyId = k.Kid })
            .ToList();

    public void Validate()
    {
        foreach (var key in Keys)
        {
            if (string.IsNullOrWhiteSpace(key.Kid) || key.Secret is not { Length: >= MinSecretLength })
            {
                throw new InvalidOperationException($"Every {Section}:Keys entry needs a 'Kid' and a 'Secret' of at least {MinSecretLength} characters.");
            }
        }
    }
}

public sealed class AdminJwtKey
{
    public string? Kid { get; set; }

    public string? Secret { get; set; }
}
