using ChatBuddy.Grains.Data;
using Microsoft.Extensions.Configuration;

namespace ChatBuddy.Grains.Hosting;

/// <summary>
/// Reads ChatBuddy's settings. Explicit configuration wins; otherwise the documented environment
/// variables apply (<c>CHATBUDDY_DATABASE</c>, <c>CHATBUDDY_DB_NAME</c>, <c>CHATBUDDY_REDIS</c>);
/// otherwise the embedded local defaults.
/// </summary>
public static class ChatBuddyConfiguration
{
    public static DatabaseOptions Database(IConfiguration configuration)
    {
        var section = configuration.GetSection(DatabaseOptions.Section);
        var fromEnvironment = DatabaseOptions.FromEnvironment(Environment.GetEnvironmentVariable);
        return new DatabaseOptions
        {
            ConnectionString = section["ConnectionString"] is { Length: > 0 } cs ? cs : fromEnvironment.ConnectionString,
            DatabaseName = section["DatabaseName"] is { Length: > 0 } name ? name : fromEnvironment.DatabaseName,
        };
    }

    public static OrleansOptions Orleans(IConfiguration configuration)
    {
        var options = new OrleansOptions();
        var section = configuration.GetSection(OrleansOptions.Section);
        section.Bind(options);
        if (section["Clustering"] is null && Environment.GetEnvironmentVariable("CHATBUDDY_REDIS") is { Length: > 0 } redis)
        {
            options.Redis = redis;
            options.Clustering = "redis";
        }

        options.Validate();
        return options;
    }
}
