namespace ChatBuddy.Grains.Notifications;

/// <summary>
/// An e-mail provider (SendGrid, …). Only the outbox dispatcher calls it; everything else queues mail
/// in <see cref="EmailOutbox"/>, so a mail survives a provider outage or a missing configuration.
/// </summary>
public interface IEmailSender
{
    /// <summary>The provider's name, recorded with each sent mail.</summary>
    string Name { get; }

    /// <summary>Hands the mail to the provider and returns its message id; throws <see cref="EmailSendException"/> when it refuses.</summary>
    Task<string?> SendAsync(EmailMessage message, EmailAddress from, CancellationToken cancellationToken = default);
}

/// <summary>A sender's address and display name.</summary>
public sealed record EmailAddress(string Email, string? Name);
