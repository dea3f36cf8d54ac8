namespace ChatBuddy.GrainInterfaces.Shops;

/// <summary>The webshop engines ChatBuddy syncs from.</summary>
[GenerateSerializer, Alias("chatbuddy.ShopPlatform")]
public enum ShopPlatform
{
    Shoprenter = 0,
    Unas = 1,
}
