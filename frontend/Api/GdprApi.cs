using System.Security.Claims;
using System.Text.Json.Nodes;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Security.Gdpr;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBuddy.Frontend.Api;

/// <summary>
/// GDPR under <c>/api/v1/admin/shops/{shopId}/gdpr</c> (admin only): a subject's consents, the export of
/// all their personal data, erasure, and the shop's conversation retention. Plus the public download
/// a shopper verified in chat reaches with a short-lived token.
/// </summary>
public static class GdprApi
{
    private const int MaxEmailLength = 320;

    // A file download, never embedded in HTML: keep accents and '+' readable.
    private static readonly System.Text.Json.JsonSerializerOptions DownloadJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static IEndpointRouteBuilder MapGdprApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/shops/{shopId}/gdpr").WithTags("Admin", "GDPR").RequireAdminKey();
        admin.MapPost("/export", ExportAsync).WithName("ExportPersonalData");
        admin.MapPost("/erasure", EraseAsync).WithName("ErasePersonalData");
        admin.MapGet("/consents", ListConsentsAsync).WithName("ListConsents");
        admin.MapPost("/consents", RecordConsentAsync).WithName("RecordConsent");
        admin.MapPut("/retention", SetRetentionAsync).WithName("SetConversationRetention");
        app.MapGet("/api/v1/shops/{shopId}/privacy/export", DownloadAsync).WithTags("GDPR").WithName("DownloadPersonalData");
        return app;
    }

    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> ExportAsync(
        string shopId, SubjectRequest? body, HttpContext http, IGrainFactory grains, PersonalDataService data, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(shopId, body?.Email, body?.CustomerId, grains) is not { } subject)
        {
            return InvalidSubject();
        }

        return TypedResults.Ok(await data.ExportAsync(subject, Actor(http.User), cancellationToken));
    }

    public static async Task<Results<Ok<ErasureView>, ProblemHttpResult>> EraseAsync(
        string shopId, SubjectRequest? body, HttpContext http, IGrainFactory grains, PersonalDataService data, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(shopId, body?.Email, body?.CustomerId, grains) is not { } subject)
        {
            return InvalidSubject();
        }

        return TypedResults.Ok(new ErasureView(await data.EraseAsync(subject, Actor(http.User), cancellationToken: cancellationToken)));
    }

    public static async Task<Results<Ok<IReadOnlyList<ConsentRecord>>, ProblemHttpResult>> ListConsentsAsync(
        string shopId, string? email, long? customerId, IGrainFactory grains, ConsentStore consents, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(shopId, email, customerId, grains) is not { } subject)
        {
            return InvalidSubject();
        }

        return TypedResults.Ok(await consents.ListAsync(subject, cancellationToken));
    }

    public static async Task<Results<Created<ConsentRecord>, ProblemHttpResult>> RecordConsentAsync(
        string shopId, ConsentRequest? body, IGrainFactory grains, ConsentStore consents, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(shopId, body?.Email, body?.CustomerId, grains) is not { } subject)
        {
            return InvalidSubject();
        }

        if (body is not { Purpose: { Length: > 0 and <= 64 } purpose, Granted: { } granted, TextVersion: { Length: > 0 and <= 64 } version }
            || (body.Channel ?? "admin") is not { Length: > 0 and <= 32 } channel
            || !InputText.IsPlain(purpose) || !InputText.IsPlain(version) || !InputText.IsPlain(channel))
        {
            return TypedResults.Problem(
                detail: "Send 'purpose' and 'text_version' (1–64 characters, no control characters), 'granted' (true or false) and optionally 'channel' (default 'admin').",
                statusCode: 400,
                title: "Invalid consent");
        }

        if (await consents.RecordAsync(subject, purpose, granted, version, channel, cancellationToken) is not { } record)
        {
            return TypedResults.Problem(detail: "No customer with this id in this shop.", statusCode: 404, title: "Unknown customer");
        }

        return TypedResults.Created($"/api/v1/admin/shops/{shopId}/gdpr/consents/{record.Id}", record);
    }

    public static async Task<Results<Ok<RetentionView>, ProblemHttpResult>> SetRetentionAsync(
        string shopId, RetentionRequest? body, IGrainFactory grains)
    {
        if (body?.ConversationRetentionDays is not int days || days is < 1 or > 3650)
        {
            return TypedResults.Problem(detail: "Send 'conversation_retention_days' between 1 and 3650.", statusCode: 400, title: "Invalid retention");
        }

        var tenant = grains.GetGrain<IShopTenantGrain>(shopId);
        if (await tenant.GetSettingsAsync() is not { } settings)
        {
            return UnknownShop(shopId);
        }

        var saved = await tenant.UpdateSettingsAsync(settings with { RetentionDays = days });
        return TypedResults.Ok(new RetentionView(saved.RetentionDays));
    }

    /// <summary>The export a shopper verified in chat downloads; the token alone is the credential, valid for minutes.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string shopId, string? token, PrivacyExportLinks links, PersonalDataService data, HttpContext http, CancellationToken cancellationToken)
    {
        if (shopId.Length > 63 || await links.ResolveAsync(shopId, token, cancellationToken) is not { } email)
        {
            return TypedResults.Problem(detail: "This download link is invalid or has expired. Ask in the chat for a new one.", statusCode: 404, title: "Link not found");
        }

        var document = await data.ExportAsync(new DataSubject(shopId, email, null), "customer:verified-email", cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString(DownloadJson)), "application/json", $"{shopId}-personal-data.json");
    }

    private static async Task<DataSubject?> SubjectAsync(string shopId, string? email, long? customerId, IGrainFactory grains)
    {
        // An address with control characters is no address (and PostgreSQL text cannot hold NUL).
        var usable = email is { Length: <= MaxEmailLength } && !email.Any(char.IsControl) ? email : null;
        var subject = new DataSubject(shopId, usable, customerId);
        if (!subject.IsValid || shopId.Length > 63 || shopId.Any(char.IsControl) || await grains.GetGrain<IShopTenantGrain>(shopId).GetSettingsAsync() is null)
        {
            return null;
        }

        return subject;
    }

    private static ProblemHttpResult InvalidSubject() => TypedResults.Problem(
        detail: "Name a known shop and send 'email' (an e-mail address) or 'customer_id' (a positive number).",
        statusCode: 400,
        title: "Invalid subject");

    private static ProblemHttpResult UnknownShop(string shopId) =>
        TypedResults.Problem(detail: $"No shop '{shopId}'.", statusCode: 404, title: "Unknown shop");

    private static string Actor(ClaimsPrincipal user) =>
        "admin:" + (user.FindFirst("sub")?.Value ?? user.Identity?.Name ?? "admin-key");
}

public sealed record SubjectRequest(string? Email, long? CustomerId);

public sealed record ConsentRequest(string? Email, long? CustomerId, string? Purpose, bool? Granted, string? TextVersion, string? Channel);

public sealed record RetentionRequest(int? ConversationRetentionDays);

public sealed record RetentionView(int ConversationRetentionDays);

public sealed record ErasureView(IReadOnlyDictionary<string, int> Counts);
