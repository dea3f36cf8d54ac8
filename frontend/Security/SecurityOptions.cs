namespace ChatBuddy.Frontend.Security;

/// <summary>Network-edge settings (section <c>ChatBuddy:Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string Section = "ChatBuddy:Security";

    /// <summary>
    /// Reverse proxies (addresses or CIDR networks) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed; from anyone else the headers are ignored. Unset: loopback only.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>How long browsers keep to https once they saw the site over TLS.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Blocked addresses are re-read from the database at least this often.</summary>
    public TimeSpan BlockListCacheDuration { get; set; } = TimeSpan.FromSeconds(10);
}
