using Microsoft.Extensions.Logging;

namespace ChatBuddy.Grains.Notifications;

/// <summary>
/// Delivers due outbox mails through the configured provider. A provider failure puts the mail back
/// with exponential backoff (<see cref="EmailOptions.RetryBaseSeconds"/> doubling, at most an hour);
/// a permanent refusal or <see cref="EmailOptions.MaxAttempts"/> failures mark it failed, kept for an operator.
/// </summary>
public sealed class EmailDispatcher(EmailOutbox outbox, IEmailSender sender, EmailOptions options, TimeProvider clock, ILogger<EmailDispatcher> logger)
{
    public const int BatchSize = 50;

    /// <summary>Sends what is due now; returns how many mails were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        IReadOnlyList<OutboxEmail> batch;
        do
        {
            batch = await outbox.ClaimDueAsync(BatchSize, cancellationToken);
            foreach (var email in batch)
            {
                if (await SendAsync(email, cancellationToken))
                {
                    sent++;
                }
            }
        }
        while (batch.Count == BatchSize);

        return sent;
    }

    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, options.RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempts - 1))));

    private async Task<bool> SendAsync(OutboxEmail email, CancellationToken cancellationToken)
    {
        try
        {
            var messageId = await sender.SendAsync(email.Message, options.Sender, cancellationToken);
            await outbox.MarkSentAsync(email.Id, sender.Name, messageId, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is EmailSendException or HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            var permanent = ex is EmailSendException { Permanent: true } || email.Attempts >= options.MaxAttempts;
            var retryAt = permanent ? (DateTimeOffset?)null : clock.GetUtcNow() + Backoff(email.Attempts);
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning("E-mail {Id} ({Kind}) was not sent on attempt {Attempt}: {Error}; next attempt {RetryAt}", email.Id, email.Kind, email.Attempts, ex.Message, retryAt);
            }

            await outbox.MarkFailedAsync(email.Id, ex.Message, retryAt, cancellationToken);
            return false;
        }
    }
}
