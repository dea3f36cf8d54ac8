namespace ChatBuddy.Grains.Shops;

/// <summary>
/// One platform's API seen through the unified model. Reads come in pages so callers can write and
/// report progress as they go; <c>changedSince</c> null means everything.
/// </summary>
public interface IShopAdapter : IAsyncDisposable
{
    /// <summary>API requests made so far (login/token requests included).</summary>
    int Calls { get; }

    IAsyncEnumerable<ShopPage<Category>> CategoriesAsync(CancellationToken cancellationToken = default);

    IAsyncEnumerable<ShopPage<Product>> ProductsAsync(DateTimeOffset? changedSince, CancellationToken cancellationToken = default);

    /// <summary>External ids of products deleted since a point in time, where the platform reports deletions (otherwise empty; a full sync finds them).</summary>
    Task<IReadOnlyList<string>> DeletedProductIdsAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    IAsyncEnumerable<ShopPage<Customer>> CustomersAsync(DateTimeOffset? changedSince, CancellationToken cancellationToken = default);

    IAsyncEnumerable<ShopPage<Order>> OrdersAsync(DateTimeOffset? changedSince, CancellationToken cancellationToken = default);

    /// <summary>One order fetched live, or null when the platform does not know it.</summary>
    Task<Order?> OrderAsync(string externalId, CancellationToken cancellationToken = default);
}

/// <summary>One page of a listing; <see cref="Pages"/> is the page count when the platform tells it.</summary>
public sealed record ShopPage<T>(IReadOnlyList<T> Items, int? Pages);
