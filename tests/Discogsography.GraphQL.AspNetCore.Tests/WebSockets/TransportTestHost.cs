using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Threading.Channels;
using Discogsography.GraphQL.AspNetCore.Sse;
using Discogsography.GraphQL.AspNetCore.Subscriptions;
using Discogsography.GraphQL.AspNetCore.WebSockets;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Discogsography.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>
/// A real Kestrel server on a loopback port serving a small schema at /graphql: WebSocket requests go to the WebSocket
/// handler, <c>text/event-stream</c> requests to the SSE handler. Subscriptions read topics of the in-memory topic events;
/// <see cref="Subscribed"/> and <see cref="Stopped"/> report each source's start and end so tests never guess timing.
/// </summary>
internal sealed class TransportTestHost : IAsyncDisposable
{
    private const string Sdl = """
        type Query { hello: String, me: String }
        type Mutation { publish(topic: String!, text: String!): Int }
        type Subscription { messages(topic: String!): String, failing: String }
        """;

    private readonly WebApplication _app;

    private TransportTestHost(WebApplication app, Uri http)
    {
        _app = app;
        HttpUri = http;
        WebSocketUri = new UriBuilder(http) { Scheme = "ws", Path = "/graphql" }.Uri;
        Topics = app.Services.GetRequiredService<ITopicEventSender>();
    }

    /// <summary>http://127.0.0.1:port/graphql</summary>
    public Uri HttpUri { get; }

    /// <summary>ws://127.0.0.1:port/graphql</summary>
    public Uri WebSocketUri { get; }

    public ITopicEventSender Topics { get; }

    /// <summary>The topic of each subscription source once it listens.</summary>
    public Channel<string> Subscribed { get; } = Channel.CreateUnbounded<string>();

    /// <summary>The topic of each subscription source once it ended.</summary>
    public Channel<string> Stopped { get; } = Channel.CreateUnbounded<string>();

    public static async Task<TransportTestHost> StartAsync(Action<GraphQLWebSocketOptions>? webSockets = null, Action<GraphQLSseOptions>? sse = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLWebSockets(webSockets);
        builder.Services.AddGraphQLSse(sse);
        TransportTestHost? host = null;
        builder.Services.AddSingleton<IRequestExecutor>(provider => new RequestExecutor(Schema(() => host!)));
        WebApplication app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.UseWebSockets();
        app.Map("/graphql", static (HttpContext context) =>
            context.WebSockets.IsWebSocketRequest
                ? context.RequestServices.GetRequiredService<IGraphQLWebSocketHandler>().HandleAsync(context)
                : context.RequestServices.GetRequiredService<IGraphQLSseHandler>().HandleAsync(context));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host = new TransportTestHost(app, new Uri(new Uri(address), "/graphql"));
        return host;
    }

    private static ExecutableSchema Schema(Func<TransportTestHost> host) =>
        new ExecutableSchemaBuilder(SchemaBuilder.FromSdl(Sdl).Build())
            .AddResolver("Query", "hello", static _ => new ValueTask<object?>("world"))
            .AddResolver("Query", "me", static context => new ValueTask<object?>(context.User?.Identity?.Name))
            .AddResolver("Mutation", "publish", static async context =>
            {
                await context.RequestServices.GetRequiredService<ITopicEventSender>()
                    .SendAsync(context.ArgumentValue<string>("topic")!, context.ArgumentValue<string>("text"));
                return 1;
            })
            .AddSubscription("messages", async context =>
            {
                string topic = context.ArgumentValue<string>("topic")!;
                IAsyncEnumerable<string> events = await context.RequestServices.GetRequiredService<ITopicEventReceiver>()
                    .SubscribeAsync<string>(topic, context.RequestAborted);
                await host().Subscribed.Writer.WriteAsync(topic);
                return Watch(host(), topic, events);
            })
            .AddSubscription("failing", static _ => new ValueTask<IAsyncEnumerable<object?>>(Fail()))
            .Build();

    private static async IAsyncEnumerable<object?> Watch(TransportTestHost host, string topic, IAsyncEnumerable<string> events, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (string item in events.WithCancellation(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            host.Stopped.Writer.TryWrite(topic);
        }
    }

    private static async IAsyncEnumerable<object?> Fail()
    {
        await Task.Yield();
        throw new InvalidOperationException("The source broke.");
#pragma warning disable CS0162 // An iterator needs a yield.
        yield break;
#pragma warning restore CS0162
    }

    /// <summary>A user named after the bearer token, for connect hooks.</summary>
    public static ClaimsPrincipal UserNamed(string name) => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "Bearer"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
