using Npgsql;

namespace ChatBuddy.Grains.Data;

/// <summary>Builds the one <see cref="NpgsqlDataSource"/> the process uses, with pgvector mapped.</summary>
public static class ChatBuddyDataSource
{
    public static NpgsqlDataSource Create(string connectionString)
    {
        // Auto-prepare: the search's large statements are planned once per connection, not per query.
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        builder.UseVector();
        return builder.Build();
    }
}
