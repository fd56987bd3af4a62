using System.Text.Json;
using Discogsography.GraphQL.AspNetCore.WebSockets;

namespace Discogsography.GraphQL.AspNetCore.Tests.WebSockets;

public sealed class GraphQLTransportWsProtocolTests : IAsyncLifetime
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(15);
    private TransportTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TransportTestHost.StartAsync(options =>
    {
        options.KeepAliveInterval = Timeout.InfiniteTimeSpan;
        options.OnConnect = static (context, payload) =>
        {
            string? token = GraphQLWebSocketOptions.ReadBearerToken(payload);
            if (token == "wrong")
            {
                return ValueTask.FromResult(false);
            }

            if (token is not null)
            {
                context.User = TransportTestHost.UserNamed(token);
            }

            return ValueTask.FromResult(true);
        };
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<TestSocket> ConnectAsync() => TestSocket.ConnectAsync(_host.WebSocketUri, "graphql-transport-ws");

    private static string Subscribe(string id, string query) =>
        JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query } });

    [Fact]
    public async Task Connect_OfferingBoth_EchoesTransportWs()
    {
        await using TestSocket socket = await TestSocket.ConnectAsync(_host.WebSocketUri, "graphql-transport-ws", "graphql-ws");

        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
    }

    [Fact]
    public async Task Connect_OfferingNoKnownSubprotocol_ClosesWith4406()
    {
        await using TestSocket socket = await TestSocket.ConnectAsync(_host.WebSocketUri, "graphql-unknown");

        (int code, _) = await socket.ReceiveCloseAsync();

        Assert.Equal(4406, code);
    }

    [Fact]
    public async Task Connect_OfferingNothing_ClosesWith4406()
    {
        await using TestSocket socket = await TestSocket.ConnectAsync(_host.WebSocketUri);

        (int code, _) = await socket.ReceiveCloseAsync();

        Assert.Equal(4406, code);
    }

    [Fact]
    public async Task Query_AfterAck_OneNextThenComplete()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync(Subscribe("q1", "{ hello }"));

        Assert.Equal("""{"id":"q1","type":"next","payload":{"data":{"hello":"world"}}}""", await socket.ReceiveTextAsync());
        Assert.Equal("""{"id":"q1","type":"complete"}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task Mutation_OverSocket_RunsAndCompletes()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync(Subscribe("m1", """mutation { publish(topic: "nobody", text: "x") }"""));

        Assert.Equal("""{"id":"m1","type":"next","payload":{"data":{"publish":1}}}""", await socket.ReceiveTextAsync());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscription_EventsOut_OneNextPerEventThenCompleteWhenTopicEnds()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("s1", """subscription { messages(topic: "t1") }"""));
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);

        await _host.Topics.SendAsync("t1", "first");
        await _host.Topics.SendAsync("t1", "second");
        await _host.Topics.CompleteAsync("t1");

        Assert.Equal("""{"id":"s1","type":"next","payload":{"data":{"messages":"first"}}}""", await socket.ReceiveTextAsync());
        Assert.Equal("""{"id":"s1","type":"next","payload":{"data":{"messages":"second"}}}""", await socket.ReceiveTextAsync());
        Assert.Equal("""{"id":"s1","type":"complete"}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task ClientComplete_StopsEventsAndCancelsSource()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("s1", """subscription { messages(topic: "t2") }"""));
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);

        await socket.SendAsync("""{"id":"s1","type":"complete"}""");

        Assert.Equal("t2", await _host.Stopped.Reader.ReadAsync().AsTask().WaitAsync(s_wait));
        await _host.Topics.SendAsync("t2", "late");
        await socket.SendAsync("""{"type":"ping","payload":{"n":1}}""");
        Assert.Equal("""{"type":"pong","payload":{"n":1}}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task ManyOperations_OneSocket_EachGetsItsOwnEvents()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("a", """subscription { messages(topic: "ta") }"""));
        await socket.SendAsync(Subscribe("b", """subscription { messages(topic: "tb") }"""));
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);

        await _host.Topics.SendAsync("tb", "to b");
        JsonElement first = await socket.ReceiveAsync();
        await _host.Topics.SendAsync("ta", "to a");
        JsonElement second = await socket.ReceiveAsync();

        Assert.Equal(("b", "to b"), (first.GetProperty("id").GetString(), first.GetProperty("payload").GetProperty("data").GetProperty("messages").GetString()));
        Assert.Equal(("a", "to a"), (second.GetProperty("id").GetString(), second.GetProperty("payload").GetProperty("data").GetProperty("messages").GetString()));
    }

    [Fact]
    public async Task ValidationError_ErrorMessageWithoutComplete()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync(Subscribe("v1", "{ nope }"));
        JsonElement error = await socket.ReceiveAsync();
        await socket.SendAsync("""{"type":"ping"}""");

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("v1", error.GetProperty("id").GetString());
        Assert.Contains("nope", error.GetProperty("payload")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"type":"pong"}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task Ping_BeforeInit_PongEchoesPayload()
    {
        await using TestSocket socket = await ConnectAsync();

        await socket.SendAsync("""{"type":"ping","payload":{"at":"now"}}""");

        Assert.Equal("""{"type":"pong","payload":{"at":"now"}}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task OnConnect_BearerTokenInPayload_BecomesTheUser()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync("""{"Authorization":"Bearer alice"}""");

        await socket.SendAsync(Subscribe("u", "{ me }"));

        Assert.Equal("""{"id":"u","type":"next","payload":{"data":{"me":"alice"}}}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task OnConnect_LowercaseAuthorization_BecomesTheUser()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync("""{"authorization":"bob"}""");

        await socket.SendAsync(Subscribe("u", "{ me }"));

        Assert.Equal("""{"id":"u","type":"next","payload":{"data":{"me":"bob"}}}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task OnConnect_Rejects_ClosesWith4403()
    {
        await using TestSocket socket = await ConnectAsync();

        await socket.SendAsync("""{"type":"connection_init","payload":{"Authorization":"Bearer wrong"}}""");

        Assert.Equal(4403, (await socket.ReceiveCloseAsync()).Code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"payload":{}}""")]
    [InlineData("""{"type":"nonsense"}""")]
    [InlineData("""{"type":"connection_init","id":5}""")]
    public async Task BadMessage_ClosesWith4400(string message)
    {
        await using TestSocket socket = await ConnectAsync();

        await socket.SendAsync(message);

        Assert.Equal(4400, (await socket.ReceiveCloseAsync()).Code);
    }

    [Theory]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"id":"x","type":"subscribe","payload":{"query":5}}""")]
    [InlineData("""{"id":"x","type":"subscribe"}""")]
    [InlineData("""{"type":"complete"}""")]
    public async Task AfterAck_SubscribeOrCompleteMalformed_ClosesWith4400(string message)
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync(message);

        Assert.Equal(4400, (await socket.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Subscribe_BeforeAck_ClosesWith4401()
    {
        await using TestSocket socket = await ConnectAsync();

        await socket.SendAsync(Subscribe("early", "{ hello }"));

        Assert.Equal(4401, (await socket.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task NoInit_WithinTimeout_ClosesWith4408()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(static options => options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using TestSocket socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");

        (int code, string? reason) = await socket.ReceiveCloseAsync();

        Assert.Equal(4408, code);
        Assert.Equal("Connection initialisation timeout", reason);
    }

    [Fact]
    public async Task DuplicateActiveId_ClosesWith4409()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("same", """subscription { messages(topic: "dup") }"""));
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);

        await socket.SendAsync(Subscribe("same", "{ hello }"));

        Assert.Equal(4409, (await socket.ReceiveCloseAsync()).Code);
        Assert.Equal("dup", await _host.Stopped.Reader.ReadAsync().AsTask().WaitAsync(s_wait));
    }

    [Fact]
    public async Task IdOfCompletedOperation_CanBeReused()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("r", "{ hello }"));
        await socket.ReceiveAsync();
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        await socket.SendAsync(Subscribe("r", "{ hello }"));

        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task SecondInit_ClosesWith4429()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal(4429, (await socket.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task SourceThrows_ClosesWith4500()
    {
        await using TestSocket socket = await ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync(Subscribe("f", "subscription { failing }"));

        Assert.Equal(4500, (await socket.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task KeepAlive_Configured_ServerSendsPing()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(static options => options.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        await using TestSocket socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync();

        Assert.Equal("""{"type":"ping"}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task ClientCloses_ActiveSubscriptionSourceStops()
    {
        TestSocket socket = await ConnectAsync();
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("s", """subscription { messages(topic: "gone") }"""));
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);

        await socket.DisposeAsync();

        Assert.Equal("gone", await _host.Stopped.Reader.ReadAsync().AsTask().WaitAsync(s_wait));
    }
}
