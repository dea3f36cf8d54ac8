using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Carts;
using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Catalog;
using ChatBuddy.Grains.Hosting;

namespace ChatBuddy.Grains.Carts;

public sealed class CustomerCartGrain(
    [PersistentState("cart", ChatBuddySiloExtensions.StorageName)] IPersistentState<CustomerCartState> state,
    CatalogReader catalog,
    TimeProvider clock) : Grain, ICustomerCartGrain, IRemindable
{
    public const string AbandonedCartReminder = "abandoned-cart";
    public const int MaxFollowUps = 2;
    public const int MaxQuantity = 99;

    private string ShopId => GrainKeys.Split(this.GetPrimaryKeyString()).ShopId;

    public Task<CartSnapshot> GetAsync() => Task.FromResult(Snapshot());

    public async Task<CartResult> AddItemAsync(string sku, int quantity)
    {
        if (state.State.OrderNumber is not null)
        {
            return Refused(CartError.AlreadyOrdered);
        }

        if (quantity is < 1 or > MaxQuantity)
        {
            return Refused(CartError.InvalidQuantity);
        }

        var product = await catalog.FindAsync(ShopId, sku);
        if (product is null)
        {
            return Refused(CartError.UnknownProduct);
        }

        var index = state.State.Lines.FindIndex(l => l.Sku == product.Sku);
        var wanted = quantity + (index >= 0 ? state.State.Lines[index].Quantity : 0);
        if (wanted > product.Stock)
        {
            return Refused(CartError.OutOfStock);
        }

        var line = new CartLine(product.Sku, product.Name, wanted, product.EffectivePrice);
        if (index >= 0)
        {
            state.State.Lines[index] = line;
        }
        else
        {
            state.State.Lines.Add(line);
        }

        return await TouchAsync();
    }

    public async Task<CartResult> SetQuantityAsync(string sku, int quantity)
    {
        if (state.State.OrderNumber is not null)
        {
            return Refused(CartError.AlreadyOrdered);
        }

        if (quantity is < 0 or > MaxQuantity)
        {
            return Refused(CartError.InvalidQuantity);
        }

        var index = state.State.Lines.FindIndex(l => l.Sku == sku);
        if (index < 0)
        {
            return quantity == 0 ? new CartResult(Snapshot(), null) : await AddItemAsync(sku, quantity);
        }

        if (quantity == 0)
        {
            state.State.Lines.RemoveAt(index);
            return await TouchAsync();
        }

        var product = await catalog.FindAsync(ShopId, sku);
        if (product is null)
        {
            return Refused(CartError.UnknownProduct);
        }

        if (quantity > product.Stock)
        {
            return Refused(CartError.OutOfStock);
        }

        state.State.Lines[index] = state.State.Lines[index] with { Quantity = quantity, UnitPrice = product.EffectivePrice };
        return await TouchAsync();
    }

    public async Task<CartResult> CheckOutAsync(string orderNumber)
    {
        if (state.State.OrderNumber is not null)
        {
            return Refused(CartError.AlreadyOrdered);
        }

        state.State.OrderNumber = orderNumber;
        state.State.LastActivity = clock.GetUtcNow();
        await state.WriteStateAsync();
        await StopFollowUpsAsync();
        return new CartResult(Snapshot(), null);
    }

    public async Task ForgetAsync()
    {
        await StopFollowUpsAsync();
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }
        state.State = new CustomerCartState();
        DeactivateOnIdle();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != AbandonedCartReminder)
        {
            return;
        }

        if (state.State.OrderNumber is not null || state.State.Lines.Count == 0 || state.State.FollowUpsDue >= MaxFollowUps)
        {
            await StopFollowUpsAsync();
            return;
        }

        // Ticks can be skipped or late, so decide from wall-clock idleness rather than counting ticks.
        var settings = await TenantSettingsAsync();
        var idle = clock.GetUtcNow() - (state.State.LastActivity ?? clock.GetUtcNow());
        if (idle >= settings.AbandonedCartAfter)
        {
            state.State.FollowUpsDue++;
            await state.WriteStateAsync();
        }
    }

    private async Task<CartResult> TouchAsync()
    {
        state.State.LastActivity = clock.GetUtcNow();
        state.State.FollowUpsDue = 0;
        await state.WriteStateAsync();

        var settings = await TenantSettingsAsync();
        await this.RegisterOrUpdateReminder(AbandonedCartReminder, settings.AbandonedCartAfter, TimeSpan.FromHours(1));
        return new CartResult(Snapshot(), null);
    }

    private async Task StopFollowUpsAsync()
    {
        if (await this.GetReminder(AbandonedCartReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task<ShopSettings> TenantSettingsAsync() =>
        await GrainFactory.GetGrain<IShopTenantGrain>(ShopId).GetSettingsAsync() ?? ShopSettings.Default(ShopId);

    private CartResult Refused(CartError error) => new(Snapshot(), error);

    private CartSnapshot Snapshot() => new(
        state.State.Lines.ToList(),
        state.State.Lines.Sum(l => l.Quantity * l.UnitPrice),
        state.State.LastActivity,
        state.State.FollowUpsDue,
        state.State.OrderNumber);
}
