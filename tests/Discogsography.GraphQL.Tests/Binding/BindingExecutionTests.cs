using System.Security.Claims;
using System.Text.Json;
using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Binding;

/// <summary>Bound resolvers run through the request executor: what a client sees.</summary>
public sealed class BindingExecutionTests
{
    private static readonly RequestExecutor _executor = new(
        new ExecutableSchemaBuilder(SampleCatalog.Schema).AddResolversFrom(SampleCatalog.Bind()).Build());

    private static readonly TestServices _services = new TestServices().Add<IArtistStore>(new ArtistStore());

    private static async Task<string> ExecuteAsync(string query, string? variables = null, ClaimsPrincipal? user = null, CancellationToken cancellationToken = default)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null
                ? null
                : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variables)!.ToDictionary(p => p.Key, p => (object?)p.Value),
        };
        ExecutionResult result = await _executor.ExecuteAsync(request, _services, user, cancellationToken);
        return result.ToJson();
    }

    [Fact]
    public async Task Execute_ObjectGraph_CoercesArgumentsInjectsServicesParentAndDataLoader()
    {
        string json = await ExecuteAsync("{ artist(id: 7) { id name genre releases(first: 2) { title year } label } }");

        Assert.Equal(
            """{"data":{"artist":{"id":"7","name":"Artist 7","genre":"HIP_HOP","releases":[{"title":"Artist 7 #1","year":2001},{"title":"Artist 7 #2","year":null}],"label":"Label of 7"}}}""",
            json);
    }

    [Fact]
    public async Task Execute_ListAndEnumVariables_ReachParametersAsArrayAndClrEnum()
    {
        string json = await ExecuteAsync(
            "query($ids: [Int!]!, $genre: Genre) { artists(ids: $ids, genre: $genre) { id genre } }",
            """{"ids":[1,2],"genre":"ROCK"}""");

        Assert.Equal("""{"data":{"artists":[{"id":"1","genre":"ROCK"},{"id":"2","genre":"ROCK"}]}}""", json);
    }

    [Fact]
    public async Task Execute_InputObjectLiteralsAndOneOf_BuildRecordsAndClasses()
    {
        string json = await ExecuteAsync("""
            {
              search(filter: { name: "Miles", genres: [JAZZ, HIP_HOP], since: "1959-08-17T10:00:00+02:00", years: { from: 1955, to: 1960 }, or: [{ name: "Monk" }] })
              byArtist: find(ref: { artistId: 3 })
              byGenre: find(ref: { genre: ROCK })
            }
            """);

        Assert.Equal(
            """{"data":{"search":["Miles","Jazz|HipHop","1959-08-17 10:00 offset 120","1955-1960","Monk"],"byArtist":"artist 3","byGenre":"genre Rock"}}""",
            json);
    }

    [Fact]
    public async Task Execute_InputObjectVariable_BuildsTheSameRecord()
    {
        string json = await ExecuteAsync(
            "query($f: ArtistFilter!, $r: EntityRef!) { search(filter: $f) find(ref: $r) }",
            """{"f":{"genres":["ROCK"],"years":{"from":2000}},"r":{"artistId":9}}""");

        Assert.Equal("""{"data":{"search":["(any)","Rock","(no date)","2000-now",""],"find":"artist 9"}}""", json);
    }

    [Fact]
    public async Task Execute_DefaultsUserEnumListAndLong_ComeOutAsGraphQLValues()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test"));

        string json = await ExecuteAsync("{ greeting count nine: count(limit: 9) none: count(limit: null) favouriteGenres me version }", user: user);

        Assert.Equal(
            """{"data":{"greeting":"Hello, world!","count":3,"nine":9,"none":3,"favouriteGenres":["HIP_HOP","ROCK"],"me":"ada","version":1099511627776}}""",
            json);
    }

    [Fact]
    public async Task Execute_ContextAndDataLoaderScopeParameters_AreTheFieldsOwn()
    {
        string json = await ExecuteAsync("{ here: where }");

        Assert.Equal("""{"data":{"here":"here True"}}""", json);
    }

    [Fact]
    public async Task Execute_ResolverWaitingOnItsToken_StopsWhenTheRequestIsCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        Task<string> pending = ExecuteAsync("{ wait }", cancellationToken: cancellation.Token);
        Assert.False(pending.IsCompleted);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task Execute_Subscription_StreamsOneResultPerEvent()
    {
        ExecutionResult result = await _executor.ExecuteAsync(
            new GraphQLRequest { Query = "subscription { ticks(count: 3) }" }, _services, null, CancellationToken.None);
        var events = new List<string>();

        await foreach (ExecutionResult next in result.Stream!)
        {
            events.Add(next.ToJson());
        }

        Assert.Equal(["""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}""", """{"data":{"ticks":3}}"""], events);
    }
}
