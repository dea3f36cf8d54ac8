using System.Text.Json;
using ChatBuddy.GrainInterfaces.Conversations;
using ChatBuddy.Grains.Assistant.Tools;
using ChatBuddy.Grains.Data;
using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Conversations;

/// <summary>The <c>chat_sessions</c> and <c>chat_messages</c> tables: the full, queryable history.</summary>
public sealed class ConversationStore(NpgsqlDataSource db)
{
    public async Task EnsureSessionAsync(string shopId, Guid sessionId, string language, CancellationToken cancellationToken = default)
    {
        await BatchInShopAsync(shopId, [EnsureSessionCommand(shopId, sessionId, language)], cancellationToken);
    }

    /// <summary>
    /// Stores a message and the session's last activity in one round trip; with <paramref name="startSession"/>
    /// (the language of a session not stored yet) the session row is created first in the same transaction.
    /// </summary>
    public async Task InsertMessageAsync(
        string shopId, Guid sessionId, TranscriptEntry entry, string? agent, ReplyParts? parts = null, string? startSession = null, CancellationToken cancellationToken = default)
    {
        var payload = parts is null ? null : JsonSerializer.Serialize(parts, ToolJson.Options);
        var insert = new NpgsqlBatchCommand(
            """
            INSERT INTO chat_messages (id, shop_id, session_id, seq, role, agent, client_id, content, payload, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)
            """);
        insert.Parameters.Add(new NpgsqlParameter { Value = entry.MessageId });
        insert.Parameters.Add(new NpgsqlParameter { Value = shopId });
        insert.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        insert.Parameters.Add(new NpgsqlParameter { Value = entry.Seq });
        insert.Parameters.Add(new NpgsqlParameter { Value = RoleName(entry.Role) });
        insert.Parameters.Add(Text(agent));
        insert.Parameters.Add(Text(entry.ClientId));
        insert.Parameters.Add(new NpgsqlParameter { Value = entry.Text });
        insert.Parameters.Add(Text(payload));
        insert.Parameters.Add(new NpgsqlParameter { Value = entry.At });
        var touch = new NpgsqlBatchCommand("UPDATE chat_sessions SET last_activity_at = $1, current_agent = coalesce($2, current_agent) WHERE id = $3");
        touch.Parameters.Add(new NpgsqlParameter { Value = entry.At });
        touch.Parameters.Add(Text(agent));
        touch.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        await BatchInShopAsync(
            shopId,
            startSession is null ? [insert, touch] : [EnsureSessionCommand(shopId, sessionId, startSession), insert, touch],
            cancellationToken);
    }

    /// <summary>The stored reply parts of a message (products, quick replies, handoff, flags), if any.</summary>
    public async Task<ReplyParts?> PartsAsync(string shopId, Guid messageId, CancellationToken cancellationToken = default)
    {
        string? json = null;
        await InShopAsync(shopId, async (c, t) => json = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT payload::text FROM chat_messages WHERE id = @messageId",
            new { messageId },
            t,
            cancellationToken: cancellationToken)), cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<ReplyParts>(json, ToolJson.Options);
    }

    public async Task SetStatusAsync(string shopId, Guid sessionId, HandoffStatus status, string? reason, CancellationToken cancellationToken = default)
    {
        await InShopAsync(shopId, (c, t) => c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE chat_sessions SET status = @status,
                handoff_requested_at = CASE WHEN @status = 'pending_human' THEN now() ELSE handoff_requested_at END,
                handoff_reason = coalesce(@reason, handoff_reason)
            WHERE id = @sessionId
            """,
            new { status = StatusName(status), reason, sessionId },
            t,
            cancellationToken: cancellationToken)), cancellationToken);
    }

    /// <summary>Sessions waiting for staff, oldest request first, with the last shopper message.</summary>
    public async Task<IReadOnlyList<PendingSession>> ListPendingAsync(string shopId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<PendingSession> sessions = [];
        await InShopAsync(shopId, async (c, t) => sessions = (await c.QueryAsync<PendingSession>(new CommandDefinition(
            """
            SELECT s.id AS SessionId, s.status, s.language, s.handoff_requested_at AS RequestedAt, s.handoff_reason AS Reason,
                   (SELECT content FROM chat_messages m WHERE m.session_id = s.id AND m.role = 'user' ORDER BY seq DESC LIMIT 1) AS LastMessage
            FROM chat_sessions s
            WHERE s.status IN ('pending_human', 'human')
            ORDER BY s.handoff_requested_at NULLS LAST
            LIMIT 200
            """,
            null,
            t,
            cancellationToken: cancellationToken))).ToList(), cancellationToken);
        return sessions;
    }

    public async Task<bool> SessionExistsAsync(string shopId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var exists = false;
        await InShopAsync(shopId, async (c, t) => exists = await c.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM chat_sessions WHERE id = @sessionId)",
            new { sessionId },
            t,
            cancellationToken: cancellationToken)), cancellationToken);
        return exists;
    }

    /// <summary>The last <paramref name="count"/> messages of a session, oldest first.</summary>
    public async Task<IReadOnlyList<TranscriptEntry>> RecentAsync(string shopId, Guid sessionId, int count, CancellationToken cancellationToken = default)
    {
        var query = new NpgsqlBatchCommand(
            """
            SELECT id, seq, role, content, client_id, agent, created_at
            FROM chat_messages WHERE session_id = $1 ORDER BY seq DESC LIMIT $2
            """);
        query.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        query.Parameters.Add(new NpgsqlParameter { Value = count });
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(ShopScope.BatchCommand(shopId));
        batch.BatchCommands.Add(query);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var entries = new List<TranscriptEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new MessageRow(
                reader.GetGuid(0),
                reader.GetInt32(1),
                reader.GetString(2),
                reader.GetString(3),
                await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4),
                await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetString(5),
                reader.GetDateTime(6)).ToEntry());
        }

        entries.Reverse();
        return entries;
    }

    public async Task<TranscriptEntry?> FindByClientIdAsync(string shopId, Guid sessionId, string clientId, CancellationToken cancellationToken = default)
    {
        TranscriptEntry? found = null;
        await InShopAsync(shopId, async (c, t) =>
        {
            var row = await c.QuerySingleOrDefaultAsync<MessageRow>(new CommandDefinition(
                """
                SELECT id, seq, role, content, client_id AS ClientId, agent, created_at AS CreatedAt
                FROM chat_messages WHERE session_id = @sessionId AND client_id = @clientId
                """,
                new { sessionId, clientId },
                t,
                cancellationToken: cancellationToken));
            found = row?.ToEntry();
        }, cancellationToken);
        return found;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ListAsync(string shopId, Guid sessionId, int afterSeq, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<TranscriptEntry> entries = [];
        await InShopAsync(shopId, async (c, t) =>
        {
            var rows = await c.QueryAsync<MessageRow>(new CommandDefinition(
                """
                SELECT id, seq, role, content, client_id AS ClientId, agent, created_at AS CreatedAt
                FROM chat_messages WHERE session_id = @sessionId AND seq > @afterSeq ORDER BY seq
                """,
                new { sessionId, afterSeq },
                t,
                cancellationToken: cancellationToken));
            entries = rows.Select(r => r.ToEntry()).ToList();
        }, cancellationToken);
        return entries;
    }

    /// <summary>Messages after <paramref name="afterSeq"/> with their stored reply parts, oldest first.</summary>
    public async Task<IReadOnlyList<StoredMessage>> ListStoredAsync(string shopId, Guid sessionId, int afterSeq, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<StoredMessage> messages = [];
        await InShopAsync(shopId, async (c, t) =>
        {
            var rows = await c.QueryAsync<StoredRow>(new CommandDefinition(
                """
                SELECT id, seq, role, content, client_id AS ClientId, agent, created_at AS CreatedAt, payload::text AS Payload
                FROM chat_messages WHERE session_id = @sessionId AND seq > @afterSeq ORDER BY seq
                """,
                new { sessionId, afterSeq },
                t,
                cancellationToken: cancellationToken));
            messages = rows.Select(r => r.ToMessage()).ToList();
        }, cancellationToken);
        return messages;
    }

    /// <summary>The shop scope and <paramref name="commands"/> in one batch: one round trip, one implicit transaction.</summary>
    private async Task BatchInShopAsync(string shopId, IReadOnlyList<NpgsqlBatchCommand> commands, CancellationToken cancellationToken)
    {
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(ShopScope.BatchCommand(shopId));
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand EnsureSessionCommand(string shopId, Guid sessionId, string language)
    {
        var command = new NpgsqlBatchCommand("INSERT INTO chat_sessions (id, shop_id, language) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        command.Parameters.Add(new NpgsqlParameter { Value = shopId });
        command.Parameters.Add(new NpgsqlParameter { Value = language });
        return command;
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text };

    private async Task InShopAsync(string shopId, Func<NpgsqlConnection, NpgsqlTransaction, Task> work, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ShopScope.ApplyAsync(connection, transaction, shopId, cancellationToken: cancellationToken);
        await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string StatusName(HandoffStatus status) => status switch
    {
        HandoffStatus.PendingHuman => "pending_human",
        HandoffStatus.Human => "human",
        HandoffStatus.Closed => "closed",
        _ => "bot",
    };

    private static string RoleName(MessageRole role) => role switch
    {
        MessageRole.User => "user",
        MessageRole.Assistant => "assistant",
        MessageRole.Human => "human",
        _ => "system",
    };

    private sealed record MessageRow(Guid Id, int Seq, string Role, string Content, string? ClientId, string? Agent, DateTime CreatedAt)
    {
        public TranscriptEntry ToEntry() => new(
            Id,
            Seq,
            Role switch
            {
                "user" => MessageRole.User,
                "assistant" => MessageRole.Assistant,
                "human" => MessageRole.Human,
                _ => MessageRole.System,
            },
            Content,
            ClientId,
            Agent,
            new DateTimeOffset(DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc)));
    }

    private sealed record StoredRow(Guid Id, int Seq, string Role, string Content, string? ClientId, string? Agent, DateTime CreatedAt, string? Payload)
    {
        public StoredMessage ToMessage()
        {
            var entry = new MessageRow(Id, Seq, Role, Content, ClientId, Agent, CreatedAt).ToEntry();
            var parts = Payload is null ? null : JsonSerializer.Deserialize<ReplyParts>(Payload, ToolJson.Options);
            return new StoredMessage(
                entry.MessageId,
                entry.Seq,
                entry.Role,
                entry.Text,
                entry.ClientId,
                entry.Role == MessageRole.User ? null : entry.Agent,
                parts?.Products ?? [],
                parts?.QuickReplies ?? [],
                parts?.Handoff ?? false,
                entry.At,
                parts?.Flags ?? []);
        }
    }
}
