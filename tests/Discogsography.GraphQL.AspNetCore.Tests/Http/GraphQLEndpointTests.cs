using System.Net;
using System.Net.WebSockets;
using System.Text;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Printing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.GraphQL.AspNetCore.Tests.Http;

public sealed class GraphQLEndpointTests
{
    [Fact]
    public async Task WebSocketRequest_WithoutHandler_Answers400()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(WebSocketUri(host), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, socket.HttpStatusCode);
    }

    [Fact]
    public async Task WebSocketRequest_GoesToTheRegisteredHandler()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(services: s => s.AddSingleton<IGraphQLWebSocketHandler, ClosingWebSocketHandler>());
        using var socket = new ClientWebSocket();

        await socket.ConnectAsync(WebSocketUri(host), CancellationToken.None);
        WebSocketReceiveResult result = await socket.ReceiveAsync(new byte[16], CancellationToken.None);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal("handled", result.CloseStatusDescription);
    }

    [Theory]
    [InlineData("text/event-stream")]
    [InlineData("text/event-stream, application/json")]
    [InlineData("application/json;q=0.5, text/event-stream")]
    public async Task EventStreamPreferred_GoesToTheRegisteredSseHandler(string accept)
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(services: s => s.AddSingleton<IGraphQLSseHandler, FixedSseHandler>());

        using HttpResponseMessage response = await host.PostAsync("""{"query":"subscription { ticks }"}""", accept);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("event: complete\n\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EventStreamNotPreferred_IsPlainGraphQLOverHttp()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(services: s => s.AddSingleton<IGraphQLSseHandler, FixedSseHandler>());

        using HttpResponseMessage response = await host.PostAsync("""{"query":"{ hello }"}""", "application/json, text/event-stream;q=0.5");

        await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task EventStreamOnly_WithoutSseHandler_Answers406()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();

        using HttpResponseMessage response = await host.PostAsync("""{"query":"{ hello }"}""", "text/event-stream");

        Assert.Equal("NOT_ACCEPTABLE", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.NotAcceptable));
    }

    [Fact]
    public async Task EventStreamOrJson_WithoutSseHandler_AnswersJson()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();

        using HttpResponseMessage response = await host.PostAsync("""{"query":"{ hello }"}""", "text/event-stream, application/json;q=0.9");

        await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetSdl_AnswersThePrintedSchemaAsUtf8Text()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();

        using HttpResponseMessage response = await host.GetAsync("?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(SchemaPrinter.Print(SchemaBuilder.FromSdl(GraphQLTestHost.Sdl).Build()), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetSdl_Disabled_IsAnOrdinaryGetWithoutQuery()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(o => o.EnableSchemaRequests = false);

        using HttpResponseMessage response = await host.GetAsync("?sdl");

        Assert.Equal("MISSING_QUERY", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task BrowserGet_WithoutIde_Answers404PageSayingSo()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();

        using HttpResponseMessage response = await host.GetAsync("", "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not installed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrowserGet_GoesToTheRegisteredIde_ButAQueryStillRuns()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(services: s => s.AddSingleton<IGraphQLIdeHandler, FixedIdeHandler>());

        using HttpResponseMessage ide = await host.GetAsync("", "text/html");
        using HttpResponseMessage query = await host.GetAsync($"?query={Uri.EscapeDataString("{ hello }")}", "text/html, application/json");

        Assert.Equal("<p>ide</p>", await ide.Content.ReadAsStringAsync());
        await HttpAssert.GraphQLAsync(query, HttpStatusCode.OK);
    }

    [Fact]
    public async Task MapGraphQL_WithoutAddGraphQLServer_ThrowsAClearMessage()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        await using WebApplication app = builder.Build();

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());

        Assert.Contains("AddGraphQLServer", exception.Message, StringComparison.Ordinal);
    }

    private static Uri WebSocketUri(GraphQLTestHost host) => new UriBuilder(host.GraphQLUri) { Scheme = "ws" }.Uri;

    private sealed class ClosingWebSocketHandler : IGraphQLWebSocketHandler
    {
        public async Task HandleAsync(HttpContext context)
        {
            using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "handled", context.RequestAborted);
        }
    }

    private sealed class FixedSseHandler : IGraphQLSseHandler
    {
        public Task HandleAsync(HttpContext context)
        {
            context.Response.ContentType = "text/event-stream";
            return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("event: complete\n\n")).AsTask();
        }
    }

    private sealed class FixedIdeHandler : IGraphQLIdeHandler
    {
        public Task HandleAsync(HttpContext context)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<p>ide</p>");
        }
    }
}
