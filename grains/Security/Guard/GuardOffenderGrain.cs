using ChatBuddy.GrainInterfaces;
using ChatBuddy.GrainInterfaces.Security;
using ChatBuddy.Grains.Hosting;

namespace ChatBuddy.Grains.Security.Guard;

public sealed class GuardOffenderGrain(
    [PersistentState("offender", ChatBuddySiloExtensions.StorageName)] IPersistentState<OffenderRecord> state,
    GuardOptions options,
    TimeProvider clock) : Grain, IGuardOffenderGrain
{
    public Task<OffenderStanding> StandingAsync() => Task.FromResult(state.State.Standing(clock.GetUtcNow(), options));

    public async Task<OffenderStanding> RecordFlagAsync()
    {
        var standing = state.State.Record(clock.GetUtcNow(), options);
        await state.WriteStateAsync();
        return standing;
    }

    /// <summary>The grain key of a verified customer: the shop and a hash of the e-mail, never the e-mail itself.</summary>
    public static string KeyFor(string shopId, string email) => GrainKeys.ForShop(shopId, CustomerHash(email));

    public static string CustomerHash(string email) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}
