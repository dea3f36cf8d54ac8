namespace ChatBuddy.Frontend.Security;

/// <summary>
/// Headers on every response: no MIME sniffing, a short referrer, no framing, and a Content-Security-Policy
/// fitting the page: the demo shop and widget (own scripts only; the widget's shadow-DOM stylesheet is
/// inline; it may talk to any of the frontends its <c>servers</c> setting lists, so connections are not
/// pinned to this origin), the API reference at /docs (Scalar's inline bootstrap and its use of eval), and nothing at all for
/// API answers.
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
        "connect-src 'self' http: https: ws: wss:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
        "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseChatBuddySecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = PolicyFor(http.Request.Path);
            return Task.CompletedTask;
        });
        await next(http);
    });

    public static string PolicyFor(PathString path) =>
        path.StartsWithSegments("/docs") || path.StartsWithSegments("/scalar") ? DocsPolicy
        : path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health")
            || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/ws") || path.StartsWithSegments("/webhooks") ? ApiPolicy
        : PagePolicy;
}
