using ChatBuddy.Grains.Hosting;
using ChatBuddy.Tests.Infrastructure;
using Orleans.TestingHost;

namespace ChatBuddy.Grains.Tests;

/// <summary>One in-process Orleans test cluster for the grain tests, with grain state and reminders in a real PostgreSQL database.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private const string ConnectionStringKey = "ChatBuddyTests:ConnectionString";

    public TestDatabase Database { get; } = new();

    public TestCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        var builder = new TestClusterBuilder(1);
        builder.Properties[ConnectionStringKey] = Database.ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>Deactivates every idle grain so the next call reloads its state from storage.</summary>
    public Task DeactivateAllAsync() =>
        Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddChatBuddyStorage(siloBuilder.Configuration[ConnectionStringKey]!);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
