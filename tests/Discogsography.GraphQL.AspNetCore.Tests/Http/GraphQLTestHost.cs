using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Discogsography.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// A real Kestrel host on loopback serving a small schema at /graphql: Query (hello, me, fail, echo), Mutation
/// (setGreeting) and Subscription (ticks). The header X-Test-User signs the request in as that user.
/// </summary>
internal sealed class GraphQLTestHost : IAsyncDisposable
{
    public const string Sdl = """
        type Query {
          hello(name: String): String
          me: String
          fail: String
          echo(id: ID!): ID
        }

        type Mutation {
          setGreeting(text: String!): String
        }

        type Subscription {
          ticks: Int
        }
        """;

    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public Uri GraphQLUri => new(Client.BaseAddress!, "graphql");

    public IServiceProvider Services => _app.Services;

    public static async Task<GraphQLTestHost> StartAsync(Action<GraphQLServerOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IRequestExecutor>(new RequestExecutor(BuildSchema()));
        builder.Services.AddSingleton<MutationLog>();
        builder.Services.AddGraphQLServer(configure);
        services?.Invoke(builder.Services);
        WebApplication app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.UseWebSockets();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Test-User", out var name))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name.ToString())], "Test"));
            }

            return next(context);
        });
        app.MapGraphQL();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new GraphQLTestHost(app, new Uri(address + "/"));
    }

    /// <summary>The test schema; with <paramref name="slowHello"/>, <c>hello</c> never answers until the request is cancelled.</summary>
    public static ExecutableSchema BuildSchema(bool slowHello = false) =>
        new ExecutableSchemaBuilder(SchemaBuilder.FromSdl(Sdl).Build())
            .AddResolver("Query", "hello", slowHello ? NeverAnswers : static context => new ValueTask<object?>($"Hello, {context.ArgumentValue<string>("name") ?? "world"}!"))
            .AddResolver("Query", "me", static context => new ValueTask<object?>(context.User?.Identity?.Name))
            .AddResolver("Query", "fail", static _ => throw new InvalidOperationException("boom"))
            .AddResolver("Query", "echo", static context => new ValueTask<object?>(context.ArgumentValue<string>("id")))
            .AddResolver("Mutation", "setGreeting", static context =>
            {
                context.RequestServices.GetRequiredService<MutationLog>().Add(context.ArgumentValue<string>("text"));
                return new ValueTask<object?>(context.ArgumentValue<string>("text"));
            })
            .AddSubscription("ticks", static _ => new ValueTask<IAsyncEnumerable<object?>>(Ticks()))
            .Build();

    /// <summary>POSTs a JSON body with the given Accept (none when null).</summary>
    public Task<HttpResponseMessage> PostAsync(string json, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    /// <summary>GETs /graphql with a query string (already encoded) and the given Accept.</summary>
    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "graphql" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>The texts setGreeting received on this host, in order.</summary>
    public sealed class MutationLog : System.Collections.Concurrent.ConcurrentQueue<string?>
    {
        public void Add(string? text) => Enqueue(text);
    }

    private static async ValueTask<object?> NeverAnswers(IResolverContext context)
    {
        await Task.Delay(Timeout.Infinite, context.RequestAborted);
        return null;
    }

    private static async IAsyncEnumerable<object?> Ticks()
    {
        await Task.Yield();
        yield return 1;
    }
}
