using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace ChatBuddy.Grains.Security.Audit;

/// <summary>
/// Walks every audit chain in order and recomputes each row's hash the way <c>audit_append</c> made it:
/// an edited row no longer matches its hash, a deleted or inserted row breaks the sequence or the link
/// to its predecessor, and a deleted tail falls short of the chain head.
/// </summary>
public sealed class AuditChainVerifier(NpgsqlDataSource db)
{
    private const char Separator = '\u001f';

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var heads = await HeadsAsync(cancellationToken);
        var breaks = new List<AuditChainBreak>();
        var chains = new HashSet<string>(StringComparer.Ordinal);
        long rows = 0;
        ChainPosition? position = null;

        await using var command = db.CreateCommand(
            """
            SELECT id, chain, chain_seq, shop_id, occurred_at, actor, action, subject, details::text, prev_hash, hash
            FROM audit_logs ORDER BY chain, chain_seq
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = AuditRow.Read(reader);
            rows++;
            if (position is null || position.Chain != row.Chain)
            {
                if (position is not null)
                {
                    CheckHead(position, heads, breaks);
                }

                chains.Add(row.Chain);
                position = new ChainPosition(row.Chain, 0, null);
            }

            CheckRow(row, position, breaks);
            position = new ChainPosition(row.Chain, row.Sequence, row.Hash);
        }

        if (position is not null)
        {
            CheckHead(position, heads, breaks);
        }

        foreach (var (chain, head) in heads.Where(h => !chains.Contains(h.Key)))
        {
            breaks.Add(new AuditChainBreak(chain, 1, null, $"all {head.Sequence} row(s) of the chain are missing"));
        }

        return new AuditVerification(chains.Count + heads.Keys.Count(k => !chains.Contains(k)), rows, breaks);
    }

    public static byte[] Hash(string chain, long sequence, DateTime occurredAt, string actor, string action, string? subject, string details, byte[]? previousHash)
    {
        var micros = (occurredAt.ToUniversalTime().Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;
        var canonical = string.Join(
            Separator,
            chain,
            sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            micros.ToString(System.Globalization.CultureInfo.InvariantCulture),
            actor,
            action,
            subject ?? string.Empty,
            details,
            previousHash is null ? string.Empty : Convert.ToHexStringLower(previousHash));
        return SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
    }

    private static void CheckRow(AuditRow row, ChainPosition previous, List<AuditChainBreak> breaks)
    {
        if (row.Sequence != previous.Sequence + 1)
        {
            breaks.Add(new AuditChainBreak(row.Chain, row.Sequence, row.Id, $"row(s) {previous.Sequence + 1}–{row.Sequence - 1} are missing"));
        }

        if (!string.Equals(row.ShopId ?? string.Empty, row.Chain, StringComparison.Ordinal))
        {
            breaks.Add(new AuditChainBreak(row.Chain, row.Sequence, row.Id, "the row names another shop than its chain"));
        }

        if (!BytesEqual(row.PreviousHash, previous.Hash))
        {
            breaks.Add(new AuditChainBreak(row.Chain, row.Sequence, row.Id, "the row does not link to the one before it"));
        }

        var expected = Hash(row.Chain, row.Sequence, row.OccurredAt, row.Actor, row.Action, row.Subject, row.Details, row.PreviousHash);
        if (!BytesEqual(row.Hash, expected))
        {
            breaks.Add(new AuditChainBreak(row.Chain, row.Sequence, row.Id, "the row's content does not match its hash (edited)"));
        }
    }

    private static void CheckHead(ChainPosition last, Dictionary<string, ChainPosition> heads, List<AuditChainBreak> breaks)
    {
        if (!heads.TryGetValue(last.Chain, out var head))
        {
            breaks.Add(new AuditChainBreak(last.Chain, last.Sequence, null, "the chain has no head record"));
        }
        else if (head.Sequence != last.Sequence || !BytesEqual(head.Hash, last.Hash))
        {
            breaks.Add(new AuditChainBreak(last.Chain, last.Sequence + 1, null, $"the chain ends at {last.Sequence} but its head says {head.Sequence} (rows deleted from the end)"));
        }
    }

    private async Task<Dictionary<string, ChainPosition>> HeadsAsync(CancellationToken cancellationToken)
    {
        var heads = new Dictionary<string, ChainPosition>(StringComparer.Ordinal);
        await using var command = db.CreateCommand("SELECT chain, chain_seq, hash FROM audit_chain_heads");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var chain = reader.GetString(0);
            heads[chain] = new ChainPosition(chain, reader.GetInt64(1), (byte[])reader[2]);
        }

        return heads;
    }

    private static bool BytesEqual(byte[]? a, byte[]? b) => a is null || b is null ? a is null && b is null : a.AsSpan().SequenceEqual(b);

    private sealed record ChainPosition(string Chain, long Sequence, byte[]? Hash);

    private sealed record AuditRow(long Id, string Chain, long Sequence, string? ShopId, DateTime OccurredAt, string Actor, string Action, string? Subject, string Details, byte[]? PreviousHash, byte[]? Hash)
    {
        public static AuditRow Read(NpgsqlDataReader reader) => new(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetInt64(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetDateTime(4),
            reader.GetString(5),
            reader.GetString(6),
            reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.GetString(8),
            reader.IsDBNull(9) ? null : (byte[])reader[9],
            reader.IsDBNull(10) ? null : (byte[])reader[10]);
    }
}
