namespace ChatBuddy.GrainInterfaces;

/// <summary>
/// Compound grain keys. Every per-customer grain is keyed "{shopId}/{id}" so a tenant guard can
/// reject a call whose key names another shop.
/// </summary>
public static class GrainKeys
{
    public const char Separator = '/';

    public static string ForShop(string shopId, string id) => $"{shopId}{Separator}{id}";

    public static (string ShopId, string Id) Split(string key)
    {
        var at = key.IndexOf(Separator, StringComparison.Ordinal);
        if (at <= 0 || at == key.Length - 1)
        {
            throw new ArgumentException($"Grain key '{key}' is not of the form '{{shop}}/{{id}}'.", nameof(key));
        }

        return (key[..at], key[(at + 1)..]);
    }
}
