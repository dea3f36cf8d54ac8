using System.Security.Cryptography;
using System.Text;
using ChatBuddy.Grains.Assistant.Slots;
using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Notifications;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>One shopper message as the privacy flow sees it.</summary>
public sealed record PrivacyTurn(string ShopId, Guid SessionId, string ShopName, string Text, string Language, bool Formal, PrivacyRequest? Current);

/// <summary>The reply, the request's next state (null: none in progress) and whether this session's subject was just erased.</summary>
public sealed record PrivacyOutcome(string Text, PrivacyRequest? Next, bool Erased = false);

/// <summary>
/// Export and erasure in chat: the shopper asks, names an e-mail, receives a six-digit code there, types
/// it back (five tries, ten minutes), then gets a download link (export) or confirms (erasure). The
/// e-mail proves the data is theirs; the reply never says whether the address is known, so the flow
/// cannot be used to probe who shops here.
/// </summary>
public sealed class PrivacyFlow(PersonalDataService data, PrivacyExportLinks links, EmailOutbox outbox, NpgsqlDataSource db, PrivacyOptions options, TimeProvider clock)
{
    public const string CodeMailKind = "privacy-code";
    public const int MaxAttempts = 5;
    public const int MaxCodesPerHour = 3;
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Handles the message when it starts or continues a data request; null lets the coordinator route it.</summary>
    public async Task<PrivacyOutcome?> TryHandleAsync(PrivacyTurn turn, CancellationToken cancellationToken = default)
    {
        var texts = new PrivacyTexts(turn.Language, turn.Formal);
        if (PrivacyCues.Request(turn.Text) is { } kind && (turn.Current is null || turn.Current.Kind != kind || turn.Current.Stage == PrivacyStage.AwaitingEmail))
        {
            var request = new PrivacyRequest { Kind = kind, Stage = PrivacyStage.AwaitingEmail };
            return Email(turn.Text) is { } email
                ? await SendCodeAsync(turn, request, email, texts, cancellationToken)
                : new PrivacyOutcome(texts.AskEmail(kind), request);
        }

        if (turn.Current is not { } current)
        {
            return null;
        }

        if (PrivacyCues.IsCancel(turn.Text))
        {
            return new PrivacyOutcome(texts.Cancelled, null);
        }

        return current.Stage switch
        {
            PrivacyStage.AwaitingEmail => Email(turn.Text) is { } email
                ? await SendCodeAsync(turn, current, email, texts, cancellationToken)
                : new PrivacyOutcome(texts.StillNeedEmail, current),
            PrivacyStage.AwaitingCode => await CheckCodeAsync(turn, current, texts, cancellationToken),
            _ => await ConfirmAsync(turn, current, texts, cancellationToken),
        };
    }

    private async Task<PrivacyOutcome> SendCodeAsync(PrivacyTurn turn, PrivacyRequest request, string email, PrivacyTexts texts, CancellationToken cancellationToken)
    {
        var recent = await ShopScope.AsAppAsync(db, turn.ShopId, null, (c, t) => c.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*)::int FROM email_outbox WHERE kind = @kind AND lower(to_address) = @email AND created_at > now() - interval '1 hour'",
            new { kind = CodeMailKind, email },
            t,
            cancellationToken: cancellationToken)), cancellationToken);
        if (recent >= MaxCodesPerHour)
        {
            return new PrivacyOutcome(texts.TooManyCodes, null);
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var salt = RandomNumberGenerator.GetBytes(16);
        await outbox.QueueAsync(
            turn.ShopId,
            CodeMailKind,
            $"{CodeMailKind}:{turn.SessionId:N}:{Guid.NewGuid():N}",
            new EmailMessage(email, null, texts.CodeMailSubject(turn.ShopName), texts.CodeMailBody(turn.ShopName, code)),
            cancellationToken);
        var next = new PrivacyRequest
        {
            Kind = request.Kind,
            Stage = PrivacyStage.AwaitingCode,
            Email = email,
            CodeSalt = salt,
            CodeHash = Hash(salt, code),
            ExpiresAt = clock.GetUtcNow() + CodeLifetime,
        };
        return new PrivacyOutcome(texts.CodeSent, next);
    }

    private async Task<PrivacyOutcome> CheckCodeAsync(PrivacyTurn turn, PrivacyRequest request, PrivacyTexts texts, CancellationToken cancellationToken)
    {
        if (PrivacyCues.Code(turn.Text) is not { } code)
        {
            return Email(turn.Text) is { } email
                ? await SendCodeAsync(turn, request, email, texts, cancellationToken)
                : new PrivacyOutcome(texts.NeedCode, request);
        }

        if (clock.GetUtcNow() > request.ExpiresAt)
        {
            return new PrivacyOutcome(texts.Expired, new PrivacyRequest { Kind = request.Kind, Stage = PrivacyStage.AwaitingEmail });
        }

        if (!CryptographicOperations.FixedTimeEquals(Hash(request.CodeSalt!, code), request.CodeHash))
        {
            request.FailedAttempts++;
            return request.FailedAttempts >= MaxAttempts
                ? new PrivacyOutcome(texts.TooManyAttempts, null)
                : new PrivacyOutcome(texts.WrongCode(MaxAttempts - request.FailedAttempts), request);
        }

        if (request.Kind == PrivacyRequestKind.Export)
        {
            var token = await links.CreateAsync(turn.ShopId, request.Email!, cancellationToken);
            var url = $"{options.PublicBaseUrl?.TrimEnd('/')}/api/v1/shops/{turn.ShopId}/privacy/export?token={token}";
            return new PrivacyOutcome(texts.ExportReady(url), null);
        }

        var verified = new PrivacyRequest
        {
            Kind = request.Kind,
            Stage = PrivacyStage.AwaitingConfirmation,
            Email = request.Email,
            ExpiresAt = clock.GetUtcNow() + CodeLifetime,
        };
        return new PrivacyOutcome(texts.ConfirmErasure, verified);
    }

    private async Task<PrivacyOutcome> ConfirmAsync(PrivacyTurn turn, PrivacyRequest request, PrivacyTexts texts, CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() > request.ExpiresAt)
        {
            return new PrivacyOutcome(texts.Expired, new PrivacyRequest { Kind = request.Kind, Stage = PrivacyStage.AwaitingEmail });
        }

        if (!PrivacyCues.IsErasureConfirmation(turn.Text))
        {
            return new PrivacyOutcome(texts.NeedConfirmation, request);
        }

        await data.EraseAsync(new DataSubject(turn.ShopId, request.Email, null), $"session:{turn.SessionId}", turn.SessionId, cancellationToken);
        return new PrivacyOutcome(texts.Erased, null, Erased: true);
    }

    private static string? Email(string text) => SlotExtractor.Extract(text, DateOnly.MinValue).Emails is [var first, ..] ? first : null;

    private static byte[] Hash(byte[] salt, string code) => SHA256.HashData([.. salt, .. Encoding.ASCII.GetBytes(code)]);
}

/// <summary><c>ChatBuddy:Privacy</c>: the public address of this installation, for export links shown in chat (relative links without it).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "ChatBuddy:Privacy";

    public string? PublicBaseUrl { get; set; }
}
