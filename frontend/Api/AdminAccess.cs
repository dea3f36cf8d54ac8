using System.Security.Cryptography;
using System.Text;

namespace ChatBuddy.Frontend.Api;

/// <summary>
/// The admin API's guard: <c>X-Admin-Key</c> = ChatBuddy:Admin:ApiKey until JWT sign-in arrives;
/// without a configured key the admin API is off (503), so a fresh install never exposes it.
/// </summary>
public static class AdminAccess
{
    public static RouteGroupBuilder RequireAdminKey(this RouteGroupBuilder group) => group.AddEndpointFilter(RequireAdminKeyAsync);

    private static async ValueTask<object?> RequireAdminKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["ChatBuddy:Admin:ApiKey"];
        if (string.IsNullOrEmpty(configured))
        {
            return TypedResults.Problem(detail: "Set ChatBuddy:Admin:ApiKey to use the admin API.", statusCode: 503, title: "Admin API disabled");
        }

        var given = context.HttpContext.Request.Headers["X-Admin-Key"].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured)))
        {
            return TypedResults.Problem(detail: "Send the admin key in 'X-Admin-Key'.", statusCode: 401, title: "Not authorised");
        }

        return await next(context);
    }
}
