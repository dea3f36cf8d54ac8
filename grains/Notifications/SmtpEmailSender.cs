using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Utils;

namespace ChatBuddy.Grains.Notifications;

/// <summary>
/// Any SMTP server (a relay, a provider's SMTP endpoint, a local catch-all) through MailKit, one
/// connection per mail. A 5xx reply (the server refuses this mail) is permanent; 4xx replies,
/// connection and protocol errors are retried by the outbox.
/// </summary>
public sealed class SmtpEmailSender(SmtpOptions options) : IEmailSender
{
    public string Name => "smtp";

    public async Task<string?> SendAsync(EmailMessage message, EmailAddress from, CancellationToken cancellationToken = default)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(from.Name, from.Email));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Subject = message.Subject;
        mime.MessageId = MimeUtils.GenerateMessageId(from.Email.Split('@')[^1]);
        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();

        var host = options.Host ?? throw new InvalidOperationException("ChatBuddy:Email:Smtp:Host is not set.");
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(30).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(host, options.Port, Security(options.Security), cancellationToken);
            if (options.Username is { Length: > 0 } user)
            {
                await client.AuthenticateAsync(user, options.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            return mime.MessageId;
        }
        catch (SmtpCommandException ex)
        {
            throw new EmailSendException($"the SMTP server answered {(int)ex.StatusCode}: {ex.Message}", permanent: (int)ex.StatusCode >= 500, ex);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or AuthenticationException or ServiceNotConnectedException or SocketException or IOException or SslHandshakeException)
        {
            throw new EmailSendException($"the SMTP server could not be used: {ex.Message}", permanent: false, ex);
        }
    }

    private static SecureSocketOptions Security(string security) => security switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
