using ChatBuddy.GrainInterfaces.Tenants;
using ChatBuddy.Grains.Hosting;

namespace ChatBuddy.Grains.Tenants;

public sealed class ShopTenantGrain(
    [PersistentState("tenant", ChatBuddySiloExtensions.StorageName)] IPersistentState<ShopTenantState> state,
    ShopRepository shops) : Grain, IShopTenantGrain
{
    private string ShopId => this.GetPrimaryKeyString();

    public async Task<ShopSettings?> GetSettingsAsync()
    {
        if (state.State.Settings is { } settings)
        {
            return settings;
        }

        return await shops.FindNameAsync(ShopId) is { } name ? ShopSettings.Default(name) : null;
    }

    public async Task<IReadOnlyList<PolicyPage>> GetPoliciesAsync()
    {
        var policies = await shops.ListPoliciesAsync(ShopId);
        return policies.Select(p => new PolicyPage(p.Kind, p.Title, p.Body, p.Url)).ToList();
    }

    public async Task<ShopSettings> UpdateSettingsAsync(ShopSettings settings)
    {
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid shop settings: " + string.Join("; ", problems), nameof(settings));
        }

        await shops.UpsertAsync(ShopId, settings);
        state.State.Settings = settings;
        await state.WriteStateAsync();
        return settings;
    }

    public Task<DateTimeOffset?> GetWatermarkAsync(string resource) =>
        Task.FromResult(state.State.Watermarks.TryGetValue(resource, out var at) ? at : (DateTimeOffset?)null);

    public async Task AdvanceWatermarkAsync(string resource, DateTimeOffset value)
    {
        if (state.State.Watermarks.TryGetValue(resource, out var current) && current >= value)
        {
            return;
        }

        state.State.Watermarks[resource] = value;
        await state.WriteStateAsync();
    }
}
