using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Notifications;

/// <summary>
/// The <c>email_outbox</c> table: every mail is queued here (the product's one way to send mail), then
/// claimed, sent and marked by <see cref="EmailDispatcher"/>. Claims are leases taken with
/// <c>FOR UPDATE SKIP LOCKED</c>, so many silos dispatch side by side and a mail whose silo died
/// while sending is claimed again when its lease runs out.
/// </summary>
public sealed class EmailOutbox(NpgsqlDataSource db, TimeProvider clock)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    // HTML bodies may carry shop or shopper text (product names, messages): scripts, handlers and
    // dangerous URLs are removed before a mail is queued, whoever composed it.
    private static readonly Ganss.Xss.HtmlSanitizer Sanitizer = new();

    /// <summary>Queues a mail unless one with the same <paramref name="dedupeKey"/> was queued before; true when queued now.</summary>
    public async Task<bool> QueueAsync(string? shopId, string kind, string dedupeKey, EmailMessage message, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await QueueAsync(connection, null, shopId, kind, dedupeKey, message, cancellationToken);
    }

    /// <summary>Queues within the caller's transaction, so the mail is recorded together with what caused it.</summary>
    public async Task<bool> QueueAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string? shopId, string kind, string dedupeKey, EmailMessage message, CancellationToken cancellationToken = default) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO email_outbox (shop_id, kind, dedupe_key, to_address, to_name, subject, text_body, html_body, next_attempt_at)
            VALUES (@shopId, @kind, @dedupeKey, @to, @toName, @subject, @text, @html, @now)
            ON CONFLICT (dedupe_key) DO NOTHING
            """,
            new { shopId, kind, dedupeKey, to = message.To, toName = message.ToName, subject = message.Subject, text = message.Text, html = message.Html is null ? null : Sanitizer.Sanitize(message.Html), now = clock.GetUtcNow() },
            transaction,
            cancellationToken: cancellationToken)) == 1;

    /// <summary>Takes up to <paramref name="limit"/> due mails (pending and due, or sending with an expired lease) for one attempt each.</summary>
    public async Task<IReadOnlyList<OutboxEmail>> ClaimDueAsync(int limit, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<OutboxEmail>(new CommandDefinition(
            """
            UPDATE email_outbox o SET status = 'sending', locked_until = @leaseEnd, attempts = o.attempts + 1
            FROM (
                SELECT id FROM email_outbox
                WHERE (status = 'pending' AND next_attempt_at <= @now) OR (status = 'sending' AND locked_until <= @now)
                ORDER BY next_attempt_at, id
                LIMIT @limit
                FOR UPDATE SKIP LOCKED
            ) due
            WHERE o.id = due.id
            RETURNING o.id AS Id, o.shop_id AS ShopId, o.kind AS Kind, o.to_address AS ToAddress, o.to_name AS ToName,
                      o.subject AS Subject, o.text_body AS TextBody, o.html_body AS HtmlBody, o.attempts AS Attempts
            """,
            new { now, leaseEnd = now + Lease, limit },
            cancellationToken: cancellationToken))).OrderBy(e => e.Id).ToList();
    }

    public async Task MarkSentAsync(long id, string provider, string? messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE email_outbox SET status = 'sent', sent_at = @now, provider = @provider, provider_message_id = @messageId, locked_until = NULL, last_error = NULL WHERE id = @id",
            new { id, provider, messageId, now = clock.GetUtcNow() },
            cancellationToken: cancellationToken));
    }

    /// <summary>Records a failed attempt: back to pending for <paramref name="retryAt"/>, or failed for good when null.</summary>
    public async Task MarkFailedAsync(long id, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE email_outbox SET status = CASE WHEN @retryAt::timestamptz IS NULL THEN 'failed' ELSE 'pending' END,
                next_attempt_at = coalesce(@retryAt::timestamptz, next_attempt_at), locked_until = NULL, last_error = left(@error, 2000)
            WHERE id = @id
            """,
            new { id, error, retryAt },
            cancellationToken: cancellationToken));
    }
}
