using Npgsql;

namespace ChatBuddy.Grains.Data;

/// <summary>Builds the one <see cref="NpgsqlDataSource"/> the process uses, with pgvector mapped.</summary>
public static class ChatBuddyDataSource
{
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseVector();
        return builder.Build();
    }
}
