using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Discogsography.GraphQL.AspNetCore.Authorization;
using Discogsography.GraphQL.AspNetCore.Tests.WebSockets;
using Discogsography.GraphQL.Authorization;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Discogsography.GraphQL.AspNetCore.Tests.Authorization;

/// <summary>@authorize end to end on a real Kestrel host: bearer headers over HTTP, bearer init payloads over WebSockets.</summary>
public sealed class AuthorizationHostTests : IAsyncLifetime
{
    private const string Sdl = AuthorizeDirective.Sdl + """
        type Query {
          hello: String
          me: String @authorize
          admin: String @authorize(roles: ["admin"])
          named: String @authorize(policy: "alice")
          unknownPolicy: String @authorize(policy: "nope")
        }
        type Subscription { ticks: Int @authorize(roles: ["admin"]) }
        """;

    private WebApplication? _app;
    private Uri _http = null!;

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(TestBearerHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestBearerHandler>(TestBearerHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("alice", p => p.RequireAssertion(c => c.User.Identity?.Name == "alice" && c.Resource is IResolverContext));
        builder.Services.AddGraphQLAuthorization();
        builder.Services.AddGraphQLServer();
        builder.Services.AddGraphQLWebSockets(o => o.UseBearerAuthentication());
        builder.Services.AddSingleton<IRequestExecutor>(sp => new RequestExecutor(Schema().WithAuthorization(sp.GetRequiredService<IFieldAuthorizer>())));
        WebApplication app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.UseWebSockets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGraphQL();
        await app.StartAsync();
        _app = app;
        _http = new Uri(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/graphql");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static ExecutableSchema Schema() =>
        new ExecutableSchemaBuilder(SchemaBuilder.FromSdl(Sdl).Build())
            .AddResolver("Query", "hello", static _ => new ValueTask<object?>("world"))
            .AddResolver("Query", "me", static context => new ValueTask<object?>(context.User?.Identity?.Name))
            .AddResolver("Query", "admin", static _ => new ValueTask<object?>("secret"))
            .AddResolver("Query", "named", static _ => new ValueTask<object?>("hi alice"))
            .AddResolver("Query", "unknownPolicy", static _ => new ValueTask<object?>("x"))
            .AddSubscription("ticks", static _ => new ValueTask<IAsyncEnumerable<object?>>(Ticks()))
            .Build();

    private static async IAsyncEnumerable<object?> Ticks([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return 1;
        await Task.CompletedTask;
    }

    private async Task<JsonElement> PostAsync(string query, string? bearer)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _http)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using HttpResponseMessage response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out JsonElement errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    [Fact]
    public async Task Http_NoToken_NotAuthenticatedWithPathAndNull()
    {
        JsonElement body = await PostAsync("{ hello me }", null);

        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, Code(body));
        Assert.Equal("me", body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task Http_BearerHeader_FlowsIntoUser()
    {
        JsonElement body = await PostAsync("{ me }", "bob;editor");

        Assert.Null(Code(body));
        Assert.Equal("bob", body.GetProperty("data").GetProperty("me").GetString());
    }

    [Theory]
    [InlineData("bob;editor", AuthorizationErrorCodes.NotAuthorized)]
    [InlineData("bob;editor,admin", null)]
    public async Task Http_Roles_AnyOfRequired(string token, string? code)
    {
        Assert.Equal(code, Code(await PostAsync("{ admin }", token)));
    }

    [Theory]
    [InlineData("bob", AuthorizationErrorCodes.NotAuthorized)]
    [InlineData("alice", null)]
    public async Task Http_Policy_EvaluatedWithResolverContextResource(string token, string? code)
    {
        Assert.Equal(code, Code(await PostAsync("{ named }", token)));
    }

    [Fact]
    public async Task Http_UnregisteredPolicy_PolicyNotFound()
    {
        Assert.Equal(AuthorizationErrorCodes.PolicyNotFound, Code(await PostAsync("{ unknownPolicy }", "alice")));
    }

    [Fact]
    public async Task WebSocket_InitPayloadToken_AuthenticatesSocket()
    {
        await using TestSocket socket = await TestSocket.ConnectAsync(new UriBuilder(_http) { Scheme = "ws" }.Uri, "graphql-transport-ws");
        await socket.InitAsync("""{"Authorization":"Bearer carol;admin"}""");

        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ me }"}}""");
        JsonElement next = await socket.ReceiveAsync();
        await socket.SendAsync("""{"id":"2","type":"subscribe","payload":{"query":"subscription { ticks }"}}""");
        JsonElement tick = await SkipToIdAsync(socket, "2");

        Assert.Equal("carol", next.GetProperty("payload").GetProperty("data").GetProperty("me").GetString());
        Assert.Equal("next", tick.GetProperty("type").GetString());
        Assert.Equal(1, tick.GetProperty("payload").GetProperty("data").GetProperty("ticks").GetInt32());
    }

    [Fact]
    public async Task WebSocket_SubscriptionWithoutRole_FailsAtSubscribe()
    {
        await using TestSocket socket = await TestSocket.ConnectAsync(new UriBuilder(_http) { Scheme = "ws" }.Uri, "graphql-transport-ws");
        await socket.InitAsync("""{"Authorization":"Bearer dave;guest"}""");

        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { ticks }"}}""");
        JsonElement message = await socket.ReceiveAsync();

        Assert.Equal("error", message.GetProperty("type").GetString());
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, message.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WebSocket_BadToken_ConnectionRejected()
    {
        await using TestSocket socket = await TestSocket.ConnectAsync(new UriBuilder(_http) { Scheme = "ws" }.Uri, "graphql-transport-ws");
        await socket.SendAsync("""{"type":"connection_init","payload":{"Authorization":"Bearer bad"}}""");

        (int code, _) = await socket.ReceiveCloseAsync();

        Assert.Equal(4403, code);
    }

    private static async Task<JsonElement> SkipToIdAsync(TestSocket socket, string id)
    {
        while (true)
        {
            JsonElement message = await socket.ReceiveAsync();
            if (message.TryGetProperty("id", out JsonElement value) && value.GetString() == id)
            {
                return message;
            }
        }
    }
}
