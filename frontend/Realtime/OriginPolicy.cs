using ChatBuddy.GrainInterfaces.Tenants;

namespace ChatBuddy.Frontend.Realtime;

/// <summary>
/// Which web pages may use a shop's chat: requests without <c>Origin</c> (not a browser page) and
/// same-origin pages always; any other origin only when the shop lists it in AllowedOrigins. An
/// empty list therefore means "only pages this frontend serves itself".
/// </summary>
public static class OriginPolicy
{
    public static bool IsAllowed(HttpRequest request, ShopSettings settings)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var from))
        {
            return false;
        }

        var own = new UriBuilder(request.Scheme, request.Host.Host, request.Host.Port ?? -1).Uri;
        return SameOrigin(from, own) || settings.AllowedOrigins.Any(a => Uri.TryCreate(a.TrimEnd('/'), UriKind.Absolute, out var listed) && SameOrigin(from, listed));
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
