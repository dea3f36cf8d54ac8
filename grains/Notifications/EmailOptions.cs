namespace ChatBuddy.Grains.Notifications;

/// <summary>
/// <c>ChatBuddy:Email</c>: which provider delivers the outbox ("none": mail waits in the outbox;
/// "sendgrid"; "smtp"), the sender address, and how the dispatcher polls and retries.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "ChatBuddy:Email";

    public string Provider { get; set; } = "none";

    public string From { get; set; } = "chatbuddy@localhost";

    public string? FromName { get; set; } = "ChatBuddy";

    public SendGridOptions SendGrid { get; set; } = new();

    public SmtpOptions Smtp { get; set; } = new();

    public int PollSeconds { get; set; } = 10;

    public int MaxAttempts { get; set; } = 10;

    /// <summary>The first retry waits this long; each next one twice as long, up to an hour.</summary>
    public int RetryBaseSeconds { get; set; } = 30;

    public bool Configured => Provider != "none";

    public EmailAddress Sender => new(From, FromName);

    public void Validate()
    {
        if (Provider is not ("none" or "sendgrid" or "smtp"))
        {
            throw new InvalidOperationException($"{Section}:Provider must be 'none', 'sendgrid' or 'smtp', not '{Provider}'.");
        }

        if (Provider == "smtp" && (string.IsNullOrWhiteSpace(Smtp.Host) || Smtp.Port is < 1 or > 65535 || Smtp.Security is not ("auto" or "none" or "starttls" or "ssl")))
        {
            throw new InvalidOperationException($"{Section}:Smtp needs a Host, a Port (1–65535) and Security 'auto', 'none', 'starttls' or 'ssl'.");
        }

        if (Provider == "sendgrid" && string.IsNullOrWhiteSpace(SendGrid.ApiKey))
        {
            throw new InvalidOperationException($"{Section}:SendGrid:ApiKey is required when {Section}:Provider is 'sendgrid'.");
        }

        if (!From.Contains('@', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Section}:From must be an e-mail address.");
        }

        if (PollSeconds is < 1 or > 3600 || MaxAttempts is < 1 or > 100 || RetryBaseSeconds is < 1 or > 3600)
        {
            throw new InvalidOperationException($"{Section}: PollSeconds (1–3600), MaxAttempts (1–100) or RetryBaseSeconds (1–3600) is out of range.");
        }
    }
}

/// <summary><c>ChatBuddy:Email:Smtp</c>: the server, its port, credentials (optional) and transport security ("auto": TLS when offered).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string Security { get; set; } = "auto";
}

/// <summary><c>ChatBuddy:Email:SendGrid</c>: the v3 API key and base URL (the EU region is https://api.eu.sendgrid.com).</summary>
public sealed class SendGridOptions
{
    public string? ApiKey { get; set; }

    public Uri BaseUrl { get; set; } = new("https://api.sendgrid.com");
}
