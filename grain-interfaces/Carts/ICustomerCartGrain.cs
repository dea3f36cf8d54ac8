namespace ChatBuddy.GrainInterfaces.Carts;

/// <summary>A customer's cart, keyed "{shopId}/{cartId}". Changes re-arm the abandoned-cart reminder.</summary>
[Alias("chatbuddy.ICustomerCartGrain")]
public interface ICustomerCartGrain : IGrainWithStringKey
{
    /// <summary>The cart as it is now.</summary>
    [Alias("Get")]
    Task<CartSnapshot> GetAsync();

    /// <summary>
    /// Adds a quantity of a product from the shop's catalogue; name and price come from the catalogue,
    /// never from the caller.
    /// </summary>
    [Alias("AddItem")]
    Task<CartResult> AddItemAsync(string sku, int quantity);

    /// <summary>Sets a line's quantity; zero removes the line.</summary>
    [Alias("SetQuantity")]
    Task<CartResult> SetQuantityAsync(string sku, int quantity);

    /// <summary>Marks the cart as ordered: no follow-up is sent for it afterwards.</summary>
    [Alias("CheckOut")]
    Task<CartResult> CheckOutAsync(string orderNumber);

    /// <summary>Clears the persisted cart and its follow-up reminder, then deactivates (GDPR erasure). Safe to call again.</summary>
    [Alias("Forget")]
    Task ForgetAsync();
}
