using System.Text.Json;

namespace Discogsography.GraphQL.AspNetCore.Tests.WebSockets;

public sealed class GraphQLWsProtocolTests : IAsyncLifetime
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(15);
    private TransportTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TransportTestHost.StartAsync(static options =>
    {
        options.KeepAliveInterval = Timeout.InfiniteTimeSpan;
        options.OnConnect = static (context, payload) => ValueTask.FromResult(
            payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty("refuse", out _));
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<TestSocket> ConnectAndInitAsync()
    {
        TestSocket socket = await TestSocket.ConnectAsync(_host.WebSocketUri, "graphql-ws");
        await socket.SendAsync("""{"type":"connection_init","payload":{}}""");
        Assert.Equal("""{"type":"connection_ack"}""", await socket.ReceiveTextAsync());
        Assert.Equal("""{"type":"ka"}""", await socket.ReceiveTextAsync());
        return socket;
    }

    private static string Start(string id, string query) => JsonSerializer.Serialize(new { id, type = "start", payload = new { query } });

    [Fact]
    public async Task Connect_OfferingLegacyOnly_EchoesGraphQLWs()
    {
        await using TestSocket socket = await TestSocket.ConnectAsync(_host.WebSocketUri, "graphql-ws");

        Assert.Equal("graphql-ws", socket.SubProtocol);
    }

    [Fact]
    public async Task Start_Query_DataThenComplete()
    {
        await using TestSocket socket = await ConnectAndInitAsync();

        await socket.SendAsync(Start("1", "{ hello }"));

        Assert.Equal("""{"id":"1","type":"data","payload":{"data":{"hello":"world"}}}""", await socket.ReceiveTextAsync());
        Assert.Equal("""{"id":"1","type":"complete"}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task Start_Subscription_DataPerEvent()
    {
        await using TestSocket socket = await ConnectAndInitAsync();
        await socket.SendAsync(Start("s", """subscription { messages(topic: "legacy") }"""));
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);

        await _host.Topics.SendAsync("legacy", "one");
        await _host.Topics.CompleteAsync("legacy");

        Assert.Equal("""{"id":"s","type":"data","payload":{"data":{"messages":"one"}}}""", await socket.ReceiveTextAsync());
        Assert.Equal("""{"id":"s","type":"complete"}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task Stop_CancelsSource()
    {
        await using TestSocket socket = await ConnectAndInitAsync();
        await socket.SendAsync(Start("s", """subscription { messages(topic: "stopme") }"""));
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);

        await socket.SendAsync("""{"id":"s","type":"stop"}""");

        Assert.Equal("stopme", await _host.Stopped.Reader.ReadAsync().AsTask().WaitAsync(s_wait));
    }

    [Fact]
    public async Task Start_ValidationError_ErrorWithErrors()
    {
        await using TestSocket socket = await ConnectAndInitAsync();

        await socket.SendAsync(Start("bad", "{ nope }"));
        JsonElement error = await socket.ReceiveAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Contains("nope", error.GetProperty("payload")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BeforeInit_Error()
    {
        await using TestSocket socket = await TestSocket.ConnectAsync(_host.WebSocketUri, "graphql-ws");

        await socket.SendAsync(Start("early", "{ hello }"));
        JsonElement error = await socket.ReceiveAsync();

        Assert.Equal(("error", "early"), (error.GetProperty("type").GetString(), error.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task UnknownType_ErrorAndSocketStaysOpen()
    {
        await using TestSocket socket = await ConnectAndInitAsync();

        await socket.SendAsync("""{"type":"whatever","id":"w"}""");
        JsonElement error = await socket.ReceiveAsync();
        await socket.SendAsync(Start("1", "{ hello }"));

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("data", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task ConnectHookRefuses_ConnectionErrorThenClose()
    {
        await using TestSocket socket = await TestSocket.ConnectAsync(_host.WebSocketUri, "graphql-ws");

        await socket.SendAsync("""{"type":"connection_init","payload":{"refuse":true}}""");

        Assert.Equal("connection_error", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal(4403, (await socket.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task ConnectionTerminate_ClosesNormallyAndStopsOperations()
    {
        await using TestSocket socket = await ConnectAndInitAsync();
        await socket.SendAsync(Start("s", """subscription { messages(topic: "term") }"""));
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);

        await socket.SendAsync("""{"type":"connection_terminate"}""");

        Assert.Equal(1000, (await socket.ReceiveCloseAsync()).Code);
        Assert.Equal("term", await _host.Stopped.Reader.ReadAsync().AsTask().WaitAsync(s_wait));
    }

    [Fact]
    public async Task NoInit_WithinTimeout_ClosesWith4408()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(static options => options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using TestSocket socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-ws");

        Assert.Equal(4408, (await socket.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task KeepAlive_Configured_KaRepeats()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(static options => options.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        await using TestSocket socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-ws");
        await socket.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("""{"type":"connection_ack"}""", await socket.ReceiveTextAsync());

        Assert.Equal("""{"type":"ka"}""", await socket.ReceiveTextAsync());
        Assert.Equal("""{"type":"ka"}""", await socket.ReceiveTextAsync());
    }
}
