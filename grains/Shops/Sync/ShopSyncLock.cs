using Npgsql;

namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>
/// One sync per shop across every process on the database. The tenant grain is single-activation
/// only inside one cluster, and <c>./chatbuddy sync</c> runs its own private silo beside a running
/// server, so the database's session advisory lock is what keeps two runs apart. A killed process's
/// connection closes, and PostgreSQL releases its lock with it.
/// </summary>
public sealed class ShopSyncLock(NpgsqlDataSource db, TimeProvider clock)
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);

    /// <summary>Waits up to <paramref name="patience"/> for the shop's lock; null when another run still holds it.</summary>
    public async Task<IAsyncDisposable?> AcquireAsync(string shopId, TimeSpan patience, Action? waiting = null, CancellationToken cancellationToken = default)
    {
        var connection = await db.OpenConnectionAsync(cancellationToken);
        try
        {
            var giveUpAt = clock.GetUtcNow() + patience;
            while (!await TryLockAsync(connection, shopId, cancellationToken))
            {
                if (clock.GetUtcNow() >= giveUpAt)
                {
                    await connection.DisposeAsync();
                    return null;
                }

                waiting?.Invoke();
                await Task.Delay(PollEvery, clock, cancellationToken);
            }

            return new Held(connection, shopId);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, string shopId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended('shop-sync:' || $1, 0))", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = shopId });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private sealed class Held(NpgsqlConnection connection, string shopId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended('shop-sync:' || $1, 0))", connection);
                command.Parameters.Add(new NpgsqlParameter { Value = shopId });
                await command.ExecuteScalarAsync();
            }
            finally
            {
                // Returning a pooled connection resets it (DISCARD ALL), which also drops the lock.
                await connection.DisposeAsync();
            }
        }
    }
}
