using System.Net;
using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Notifications;
using ChatBuddy.Grains.Security.Gdpr;
using ChatBuddy.Grains.Shops;
using ChatBuddy.Grains.Shops.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;
using StackExchange.Redis;

namespace ChatBuddy.Grains.Hosting;

/// <summary>The one place that says how a ChatBuddy silo is built, for the silo host and the co-hosted frontend alike.</summary>
public static class ChatBuddySiloExtensions
{
    public const string StorageName = "pg";
    private const string Invariant = "Npgsql";

    public static ISiloBuilder AddChatBuddySilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        var orleans = ChatBuddyConfiguration.Orleans(configuration);
        var connectionString = ChatBuddyConfiguration.Database(configuration).Resolve();

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = orleans.ClusterId;
            o.ServiceId = orleans.ServiceId;
        });

        if (orleans.UsesRedis)
        {
            silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(orleans.Redis!));
            silo.ConfigureEndpoints(ResolveAddress(orleans.AdvertisedAddress), orleans.SiloPort, orleans.GatewayPort, listenOnAnyHostAddress: false);
        }
        else
        {
            silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
        }

        silo.Services.AddShopSyncSchedule(configuration, connectionString);
        return silo.AddChatBuddyStorage(connectionString);
    }

    /// <summary>Grain state and reminders in PostgreSQL, plus the data services grains use. Clustering is the caller's.</summary>
    public static ISiloBuilder AddChatBuddyStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.AddAdoNetGrainStorage(StorageName, o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        silo.AddMemoryStreams("chat").AddMemoryGrainStorage("PubSubStore");
        silo.Services.AddChatBuddyData(connectionString, silo.Configuration);
        return silo;
    }

    private static IPAddress ResolveAddress(string hostOrAddress) =>
        IPAddress.TryParse(hostOrAddress, out var address)
            ? address
            : Dns.GetHostAddresses(hostOrAddress).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);

    /// <summary>Registers the process-wide data source and the stores grains use.</summary>
    public static IServiceCollection AddChatBuddyData(this IServiceCollection services, string connectionString, IConfiguration? configuration = null)
    {
        if (services.Any(d => d.ServiceType == typeof(NpgsqlDataSource)))
        {
            return services;
        }

        services.AddSingleton(_ => ChatBuddyDataSource.Create(connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Conversations.ConversationStore>();
        services.AddSingleton<Security.Audit.IAuditTrail, Security.Audit.PostgresAuditTrail>();
        services.AddSingleton<Security.Audit.AuditChainVerifier>();
        services.AddSingleton<Tenants.ShopRepository>();
        services.AddSingleton<Catalog.CatalogReader>();
        services.AddSingleton<Catalog.ProductImporter>();
        services.AddSingleton<Orders.OrderImporter>();
        services.AddSingleton<Catalog.Feeds.GoogleFeedImporter>();
        services.AddSingleton<Demo.DemoShopLoader>();
        var embeddings = new Catalog.Embeddings.EmbeddingOptions();
        configuration?.GetSection(Catalog.Embeddings.EmbeddingOptions.Section).Bind(embeddings);
        services.AddSingleton(_ => Catalog.Embeddings.EmbeddingGeneratorFactory.Create(embeddings));
        services.AddSingleton<Catalog.Embeddings.EmbeddingIndexer>();
        services.AddSingleton<Catalog.Search.ProductSearch>();
        services.AddShopAdapters();
        services.AddEmail(configuration);
        services.AddSingleton<Shops.Sync.StockAlertMailer>();
        services.AddSingleton<Shops.Sync.ShopSynchronizer>();
        services.AddSingleton<Shops.Sync.SyncSettingsStore>();
        services.AddSingleton<Shops.Sync.ShopSyncLock>();
        services.AddSingleton<Shops.Webhooks.WebhookLog>();
        services.AddChatBuddyAssistant(configuration);
        services.AddGdpr(configuration);
        return services;
    }

    /// <summary>The coordinator, agents, tools and the configured language model (offline by default).</summary>
    private static IServiceCollection AddChatBuddyAssistant(this IServiceCollection services, IConfiguration? configuration)
    {
        var ai = new Assistant.AssistantOptions();
        configuration?.GetSection(Assistant.AssistantOptions.Section).Bind(ai);
        services.AddSingleton<Catalog.Recommender>();
        services.AddSingleton<Orders.OrderReader>();
        var refresh = new Orders.OrderRefreshOptions();
        configuration?.GetSection(Orders.OrderRefreshOptions.Section).Bind(refresh);
        refresh.Validate();
        services.AddSingleton<Marketing.PromotionStore>();
        services.AddSingleton<Marketing.NewsletterSubscriptions>();
        services.AddSingleton<Marketing.DiscountCodeIssuer>();
        services.AddSingleton(sp => new Assistant.Tools.AssistantServices(
            sp.GetRequiredService<Catalog.Search.ProductSearch>(),
            sp.GetRequiredService<Catalog.CatalogReader>(),
            sp.GetRequiredService<Catalog.Recommender>(),
            sp.GetRequiredService<Orders.OrderReader>(),
            sp.GetRequiredService<Marketing.PromotionStore>(),
            sp.GetRequiredService<Marketing.NewsletterSubscriptions>(),
            sp.GetRequiredService<Marketing.DiscountCodeIssuer>(),
            sp.GetRequiredService<Tenants.ShopRepository>(),
            sp.GetService<IGrainFactory>(),
            refresh,
            sp.GetRequiredService<Security.Audit.IAuditTrail>()));
        services.AddSingleton(_ => Assistant.Routing.IntentClassifier.LoadShipped());
        services.AddSingleton<Assistant.Routing.Coordinator>();
        services.AddSingleton<Assistant.Offline.ReplyTemplates>();
        services.AddSingleton(sp => Assistant.ChatClientFactory.Create(
            ai, sp.GetRequiredService<Assistant.Offline.ReplyTemplates>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Assistant.ConversationEngine>();
        services.AddHostedService<Assistant.AssistantWarmup>();
        services.AddSingleton(sp => new Conversations.SessionTokens(
            sp.GetRequiredService<NpgsqlDataSource>(), configuration?["ChatBuddy:Sessions:SigningKey"]));
        services.AddSingleton<Customers.CustomerTokens>();
        var guard = new Security.Guard.GuardOptions();
        configuration?.GetSection(Security.Guard.GuardOptions.Section).Bind(guard);
        guard.Validate();
        services.AddSingleton(guard);
        services.AddSingleton(_ => Security.Guard.InjectionClassifier.LoadShipped());
        if (guard.Judge && !ai.IsOffline)
        {
            services.AddSingleton<Security.Guard.InjectionJudge>();
        }

        services.AddSingleton<Security.Guard.MessageGuard>();
        return services;
    }
}
