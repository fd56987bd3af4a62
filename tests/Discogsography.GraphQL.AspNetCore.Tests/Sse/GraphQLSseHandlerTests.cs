using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Discogsography.GraphQL.AspNetCore.Tests.WebSockets;

namespace Discogsography.GraphQL.AspNetCore.Tests.Sse;

public sealed class GraphQLSseHandlerTests : IAsyncLifetime
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(15);
    private TransportTestHost _host = null!;
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync() => _host = await TransportTestHost.StartAsync(sse: static options => options.KeepAliveInterval = Timeout.InfiniteTimeSpan);

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private static HttpRequestMessage Post(Uri uri, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    private static HttpRequestMessage Get(Uri uri, string queryString)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(uri + "?" + queryString));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    private async Task<string> BodyAsync(HttpRequestMessage request)
    {
        using HttpResponseMessage response = await _client.SendAsync(request).WaitAsync(s_wait);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync().WaitAsync(s_wait);
    }

    /// <summary>Reads an open event stream up to and including the next blank line.</summary>
    private static async Task<string> ReadEventAsync(StreamReader reader)
    {
        var text = new StringBuilder();
        while (await reader.ReadLineAsync().WaitAsync(s_wait) is { } line)
        {
            text.Append(line).Append('\n');
            if (line.Length == 0)
            {
                break;
            }
        }

        return text.ToString();
    }

    [Fact]
    public async Task PostQuery_OneNextThenComplete()
    {
        string body = await BodyAsync(Post(_host.HttpUri, "{ hello }"));

        Assert.Equal("event: next\ndata: {\"data\":{\"hello\":\"world\"}}\n\nevent: complete\ndata:\n\n", body);
    }

    [Fact]
    public async Task GetQuery_OneNextThenComplete()
    {
        string body = await BodyAsync(Get(_host.HttpUri, "query=" + Uri.EscapeDataString("query Q { hello } query R { me }") + "&operationName=Q&variables=" + Uri.EscapeDataString("{\"x\":\"y\"}")));

        Assert.Equal("event: next\ndata: {\"data\":{\"hello\":\"world\"}}\n\nevent: complete\ndata:\n\n", body);
    }

    [Fact]
    public async Task ValidationError_NextWithErrorsThenComplete()
    {
        string body = await BodyAsync(Post(_host.HttpUri, "{ nope }"));

        string[] events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, events.Length);
        Assert.StartsWith("event: next\ndata: {\"errors\":[", events[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\":", events[0], StringComparison.Ordinal);
        Assert.Equal("event: complete\ndata:", events[1]);
    }

    [Fact]
    public async Task Subscription_EventPerNextThenCompleteWhenTopicEnds()
    {
        using HttpResponseMessage response = await _client.SendAsync(Post(_host.HttpUri, """subscription { messages(topic: "sse") }"""), HttpCompletionOption.ResponseHeadersRead).WaitAsync(s_wait);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);

        await _host.Topics.SendAsync("sse", "a");
        string first = await ReadEventAsync(reader);
        await _host.Topics.SendAsync("sse", "b");
        string second = await ReadEventAsync(reader);
        await _host.Topics.CompleteAsync("sse");
        string rest = await reader.ReadToEndAsync().WaitAsync(s_wait);

        Assert.Equal("event: next\ndata: {\"data\":{\"messages\":\"a\"}}\n\n", first);
        Assert.Equal("event: next\ndata: {\"data\":{\"messages\":\"b\"}}\n\n", second);
        Assert.Equal("event: complete\ndata:\n\n", rest);
    }

    [Fact]
    public async Task ClientDisconnects_SourceStops()
    {
        HttpResponseMessage response = await _client.SendAsync(Post(_host.HttpUri, """subscription { messages(topic: "leave") }"""), HttpCompletionOption.ResponseHeadersRead).WaitAsync(s_wait);
        await _host.Subscribed.Reader.ReadAsync().AsTask().WaitAsync(s_wait);

        response.Dispose();

        Assert.Equal("leave", await _host.Stopped.Reader.ReadAsync().AsTask().WaitAsync(s_wait));
    }

    [Fact]
    public async Task KeepAlive_Configured_CommentWhileWaiting()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(sse: static options => options.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        using HttpResponseMessage response = await _client.SendAsync(Post(host.HttpUri, """subscription { messages(topic: "quiet") }"""), HttpCompletionOption.ResponseHeadersRead).WaitAsync(s_wait);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        Assert.Equal(":\n\n", await ReadEventAsync(reader));
    }

    [Fact]
    public async Task GetMutation_405()
    {
        using HttpResponseMessage response = await _client.SendAsync(Get(_host.HttpUri, "query=" + Uri.EscapeDataString("""mutation { publish(topic: "x", text: "y") }"""))).WaitAsync(s_wait);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"query":5}""")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""")]
    public async Task PostMalformed_400WithError(string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _host.HttpUri) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using HttpResponseMessage response = await _client.SendAsync(request).WaitAsync(s_wait);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!);
    }
}
