using ChatBuddy.Grains.Data;
using ChatBuddy.Grains.Hosting;

// A silo on its own, for scale-out: many of these join one cluster through Redis clustering while
// frontends connect as Orleans clients. The embedded single-node default co-hosts the silo in the
// frontend instead (./chatbuddy serve).
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
builder.UseOrleans(silo => silo.AddChatBuddySilo(builder.Configuration));

await DatabaseMigrator.MigrateAsync(ChatBuddyConfiguration.Database(builder.Configuration).Resolve());
await builder.Build().RunAsync();
