using System.Globalization;
using ChatBuddy.Frontend.Security;
using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Hosting;
using ChatBuddy.Grains.Security.Access;
using ChatBuddy.Grains.Security.Audit;
using ChatBuddy.Grains.Tenants;
using Spectre.Console;

namespace ChatBuddy.Frontend.Cli;

/// <summary>
/// <c>./chatbuddy admin token</c> mints a short admin JWT with the newest configured key;
/// <c>./chatbuddy apikey create|list|revoke</c> manages a shop's API keys (a new key is printed once).
/// The secret or token alone goes to stdout, so a script can capture it.
/// </summary>
public static class AccessCommand
{
    public const string Usage =
        """
          [green]admin token[/] --sub NAME [[--shop ID]] [[--minutes N]]   mint an admin JWT (ChatBuddy:Auth:Jwt keys; default 15 minutes)
          [green]apikey create[/] --shop ID --name NAME       create a shop's API key for server-to-server calls; printed once
          [green]apikey list[/] --shop ID                     a shop's API keys (never their secrets)
          [green]apikey revoke[/] --shop ID --id KEYID        revoke a key at once
        """;

    public static async Task<int> RunAsync(IConfiguration configuration, string[] args, TextWriter output)
    {
        var options = Options(args);
        return args switch
        {
            ["admin", "token", ..] => await TokenAsync(configuration, options, output),
            ["apikey", "create", ..] => await CreateKeyAsync(configuration, options, output),
            ["apikey", "list", ..] => await ListKeysAsync(configuration, options),
            ["apikey", "revoke", ..] => await RevokeKeyAsync(configuration, options),
            _ => Fail("expected 'admin token', 'apikey create', 'apikey list' or 'apikey revoke'"),
        };
    }

    private static async Task<int> TokenAsync(IConfiguration configuration, Dictionary<string, string> options, TextWriter output)
    {
        if (!options.TryGetValue("sub", out var subject) || subject.Length is 0 or > 100)
        {
            return Fail("--sub NAME is required (who the token is for, 1–100 characters)");
        }

        TimeSpan? lifetime = null;
        if (options.TryGetValue("minutes", out var minutesText))
        {
            if (!int.TryParse(minutesText, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes < 1)
            {
                return Fail("--minutes must be a whole number of minutes, at least 1");
            }

            lifetime = TimeSpan.FromMinutes(minutes);
        }

        var jwt = new AdminJwtOptions();
        configuration.GetSection(AdminJwtOptions.Section).Bind(jwt);
        jwt.Validate();
        options.TryGetValue("shop", out var shopId);
        var token = new AdminTokens(jwt, TimeProvider.System).Issue(subject, shopId, lifetime);

        await using var services = await DataServicesAsync(configuration);
        await services.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(
            shopId, $"admin:{subject}", AuditActions.TokenIssued, null,
            new Dictionary<string, string> { ["via"] = "cli", ["minutes"] = (lifetime ?? jwt.Lifetime).TotalMinutes.ToString("0", CultureInfo.InvariantCulture) }));
        await output.WriteLineAsync(token);
        return 0;
    }

    private static async Task<int> CreateKeyAsync(IConfiguration configuration, Dictionary<string, string> options, TextWriter output)
    {
        if (!options.TryGetValue("shop", out var shopId) || !options.TryGetValue("name", out var name) || name.Trim().Length is 0 or > 100)
        {
            return Fail("--shop ID and --name NAME (1–100 characters) are required");
        }

        await using var services = await DataServicesAsync(configuration);
        if (await services.GetRequiredService<ShopRepository>().FindNameAsync(shopId) is null)
        {
            return Fail($"no shop '{shopId}' is registered");
        }

        var key = await services.GetRequiredService<ApiKeyStore>().CreateAsync(shopId, name.Trim(), "admin:cli");
        await services.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(shopId, "admin:cli", AuditActions.ApiKeyCreated, $"api-key:{key.Id}"));
        AnsiConsole.MarkupLineInterpolated($"[green]✓[/] API key [bold]{key.Id}[/] for shop [bold]{shopId}[/] — shown only now; send it as X-Api-Key:");
        await output.WriteLineAsync(key.Key);
        return 0;
    }

    private static async Task<int> ListKeysAsync(IConfiguration configuration, Dictionary<string, string> options)
    {
        if (!options.TryGetValue("shop", out var shopId))
        {
            return Fail("--shop ID is required");
        }

        await using var services = await DataServicesAsync(configuration);
        var table = new Table().AddColumns("id", "name", "created", "last used", "revoked");
        foreach (var key in await services.GetRequiredService<ApiKeyStore>().ListAsync(shopId))
        {
            table.AddRow(key.Id, Markup.Escape(key.Name), At(key.CreatedAt), At(key.LastUsedAt), At(key.RevokedAt));
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static async Task<int> RevokeKeyAsync(IConfiguration configuration, Dictionary<string, string> options)
    {
        if (!options.TryGetValue("shop", out var shopId) || !options.TryGetValue("id", out var id))
        {
            return Fail("--shop ID and --id KEYID are required");
        }

        await using var services = await DataServicesAsync(configuration);
        if (!await services.GetRequiredService<ApiKeyStore>().RevokeAsync(shopId, id))
        {
            return Fail($"shop '{shopId}' has no active key '{id}'");
        }

        await services.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(shopId, "admin:cli", AuditActions.ApiKeyRevoked, $"api-key:{id}"));
        AnsiConsole.MarkupLineInterpolated($"[green]✓[/] revoked API key [bold]{id}[/]");
        return 0;
    }

    private static async Task<ServiceProvider> DataServicesAsync(IConfiguration configuration)
    {
        var connectionString = ChatBuddyConfiguration.Database(configuration).Resolve();
        await DatabaseMigrator.MigrateAsync(connectionString);
        var services = new ServiceCollection().AddChatBuddyData(connectionString, configuration);
        services.AddSingleton<ApiKeyStore>();
        return services.BuildServiceProvider();
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[++i];
            }
        }

        return options;
    }

    private static string At(DateTime? at) => at?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";

    private static int Fail(string problem)
    {
        AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {problem}");
        return 2;
    }
}
