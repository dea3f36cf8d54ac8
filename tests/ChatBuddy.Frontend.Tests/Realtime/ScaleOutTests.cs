using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBuddy.Frontend.Tests.Realtime;

/// <summary>Two silo processes and two frontends clustered through Redis (docs/realtime.md §6).</summary>
public sealed class ScaleOutTests(ScaleOutCluster cluster) : IClassFixture<ScaleOutCluster>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AStaffReplySentThroughFrontendBReachesHubAndSocketClientsOnFrontendA()
    {
        var session = await RealtimeClients.NewSessionAsync(cluster.A.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(cluster.A.Server);
        await hub.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, Ct);
        await hub.Connection.InvokeAsync("Send", "b-1", "szeretnék egy emberrel beszélni", Ct);
        await hub.UntilMessageAsync();
        using var socket = await RealtimeClients.ConnectSocketAsync(cluster.A.Server, session.SessionId);
        await socket.SendAsync(new { type = "hello", token = session.Token, last_seq = 2 });
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());

        using var admin = cluster.B.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);
        using var response = await admin.PostAsJsonAsync($"/api/v1/admin/sessions/{session.SessionId}/reply?shop=demo", new { text = "Szia, a B frontendről írok." }, Ct);
        response.EnsureSuccessStatusCode();

        var viaHub = await hub.NextAsync();
        Assert.Equal(("Message", 3, "human"), (viaHub.Name, viaHub.Seq, viaHub.Message.GetProperty("role").GetString()));
        var viaSocket = (await socket.ReceiveAsync())!.Value;
        Assert.Equal(("message", 3), (viaSocket.GetProperty("type").GetString(), viaSocket.GetProperty("seq").GetInt32()));
        Assert.Equal("Szia, a B frontendről írok.", viaSocket.GetProperty("reply").GetString());
    }

    [Fact]
    public async Task WhenTheSiloHoldingTheSessionIsKilledTheConversationGoesOnElsewhereWithItsState()
    {
        var session = await RealtimeClients.NewSessionAsync(cluster.A.Server);
        await using var hub = await RealtimeClients.ConnectHubAsync(cluster.A.Server);
        await hub.Connection.InvokeAsync("Hello", session.SessionId, session.Token, 0, Ct);
        await hub.Connection.InvokeAsync("Send", "k-1", "futócipőt keresek", Ct);
        var first = await hub.UntilMessageAsync();
        Assert.Equal(2, first[^1].Seq);

        var grains = cluster.A.Services.GetRequiredService<IGrainFactory>();
        var grain = grains.GetGrain<GrainInterfaces.Conversations.IChatSessionGrain>($"demo/{session.SessionId}");
        var host = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        Assert.NotNull(host);
        var holder = cluster.Silos.Single(s => s.SiloPort == host.Endpoint.Port);
        holder.Kill();

        // The same client id until an answer comes: calls fail while the cluster notices the dead silo.
        List<HubEvent> second;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(150));
        while (true)
        {
            await hub.Connection.InvokeAsync("Send", "k-2", "és kékben is van?", timeout.Token);
            second = await hub.UntilMessageAsync();
            if (second[^1].Name == "Message")
            {
                break;
            }

            Assert.Equal("turn_failed", second[^1].A);
            await Task.Delay(1000, timeout.Token);
        }

        Assert.Equal(3, second.First(e => e.Name == "Ack").Seq);
        var answer = second[^1].Message;
        Assert.Equal(4, second[^1].Seq);
        Assert.Equal("product_info", answer.GetProperty("agent").GetString());
        Assert.Contains("kék", answer.GetProperty("products")[0].GetProperty("name").GetString());
        var now = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        Assert.NotEqual(host.Endpoint.Port, now!.Endpoint.Port);
    }
}
