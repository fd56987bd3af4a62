using System.Security.Claims;
using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.DataLoader;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Binding;

public sealed class SchemaBindingBuilderTests
{
    private static readonly SchemaBinding _binding = SampleCatalog.Bind();

    private static async Task<object?> ResolveAsync(string type, string field, TestResolverContext context)
    {
        BoundField bound = _binding.Find(type, field) ?? throw new InvalidOperationException($"{type}.{field} is not bound.");
        return bound.Resolver is not null ? await bound.Resolver(context) : bound.PureResolver!(context.Parent);
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);

    [Fact]
    public void Bind_SampleSchema_BindsEveryFieldOfEveryObjectType()
    {
        string[] expected = [.. SampleCatalog.Schema.Types.OfType<Discogsography.GraphQL.Types.ObjectType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Keys.Select(f => $"{t.Name}.{f}"))];

        string[] bound = [.. _binding.Fields.Select(f => $"{f.TypeName}.{f.FieldName}")];

        Assert.Equal(expected, bound);
    }

    [Fact]
    public async Task Resolve_StaticMethodWithArgumentAndService_CoercesArgumentAndInjectsService()
    {
        var context = new TestResolverContext
        {
            Arguments = Args(("id", 7)),
            RequestServices = new TestServices().Add<IArtistStore>(new ArtistStore()),
        };

        object? result = await ResolveAsync("Query", "artist", context);

        Assert.Equal(new ArtistRecord(7, "Artist 7", Genre.HipHop), result);
    }

    [Fact]
    public async Task Resolve_ServiceNotRegistered_ThrowsNamingTheService()
    {
        var context = new TestResolverContext { Arguments = Args(("id", 7)) };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ResolveAsync("Query", "artist", context));

        Assert.Contains("IArtistStore", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_TaskOfListWithListAndEnumArguments_ConvertsListToArrayAndEnumNameToMember()
    {
        var context = new TestResolverContext { Arguments = Args(("ids", new List<object?> { 1, 2 }), ("genre", "HIP_HOP")) };

        object? result = await ResolveAsync("Query", "artists", context);

        Assert.Equal([new ArtistRecord(1, "Artist 1", Genre.HipHop), new ArtistRecord(2, "Artist 2", Genre.HipHop)], (IEnumerable<ArtistRecord>)result!);
    }

    [Fact]
    public async Task Resolve_NullableEnumArgumentAbsent_PassesNull()
    {
        var context = new TestResolverContext { Arguments = Args(("ids", new List<object?> { 3 })) };

        object? result = await ResolveAsync("Query", "artists", context);

        Assert.Equal(Genre.Jazz, Assert.Single((IEnumerable<ArtistRecord>)result!).Genre);
    }

    [Fact]
    public async Task Resolve_InputObjectArgument_BuildsRecordClassAndNestedListsRecursively()
    {
        var filter = new Dictionary<string, object?>
        {
            ["name"] = "Miles",
            ["genres"] = new List<object?> { "JAZZ", "HIP_HOP" },
            ["since"] = new DateTimeOffset(1959, 8, 17, 0, 0, 0, TimeSpan.Zero),
            ["years"] = new Dictionary<string, object?> { ["from"] = 1955, ["to"] = null },
            ["or"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "Coltrane" }, new Dictionary<string, object?> { ["name"] = "Monk" } },
        };

        object? result = await ResolveAsync("Query", "search", new TestResolverContext { Arguments = Args(("filter", filter)) });

        Assert.Equal(["Miles", "Jazz|HipHop", "1959-08-17 00:00 offset 0", "1955-now", "Coltrane|Monk"], (IEnumerable<string>)result!);
    }

    [Fact]
    public async Task Resolve_InputObjectWithFieldsAbsent_LeavesMembersAtDefaults()
    {
        var filter = new Dictionary<string, object?> { ["years"] = new Dictionary<string, object?> { ["from"] = 2001 } };

        object? result = await ResolveAsync("Query", "search", new TestResolverContext { Arguments = Args(("filter", filter)) });

        Assert.Equal(["(any)", string.Empty, "(no date)", "2001-now", string.Empty], (IEnumerable<string>)result!);
    }

    [Theory]
    [InlineData("artistId", 42, "artist 42")]
    [InlineData("genre", "ROCK", "genre Rock")]
    public async Task Resolve_OneOfInput_SetsOnlyTheGivenMember(string key, object value, string expected)
    {
        var reference = new Dictionary<string, object?> { [key] = value };

        object? result = await ResolveAsync("Query", "find", new TestResolverContext { Arguments = Args(("ref", reference)) });

        Assert.Equal(expected, result);
    }

    [Fact]
    public async Task Resolve_ArgumentDefaultedBySchema_UsesTheExecutorsValue()
    {
        object? result = await ResolveAsync("Query", "greeting", new TestResolverContext { Arguments = Args(("name", "world")) });

        Assert.Equal("Hello, world!", result);
    }

    [Theory]
    [InlineData(false, null, 3)]
    [InlineData(true, null, 3)]
    [InlineData(true, 9, 9)]
    public async Task Resolve_NullableArgumentToParameterWithDefault_UsesCSharpDefaultWhenAbsentOrNull(bool given, object? value, int expected)
    {
        Dictionary<string, object?> arguments = given ? Args(("limit", value)) : Args();

        object? result = await ResolveAsync("Query", "count", new TestResolverContext { Arguments = arguments });

        Assert.Equal(expected, result);
    }

    [Fact]
    public async Task Resolve_DateTimeArgument_ArrivesAsDateTimeOffset()
    {
        var at = new DateTimeOffset(2020, 8, 6, 23, 30, 0, TimeSpan.FromHours(-2));

        object? result = await ResolveAsync("Query", "since", new TestResolverContext { Arguments = Args(("at", at)) });

        Assert.Equal("2020-08-07", result);
    }

    [Fact]
    public async Task Resolve_IdArguments_ParseIntoGuidAndLong()
    {
        var id = Guid.NewGuid();

        object? result = await ResolveAsync("Query", "byId", new TestResolverContext { Arguments = Args(("id", id.ToString()), ("key", "12")) });

        Assert.Equal($"{id:N}/12", result);
    }

    [Fact]
    public async Task Resolve_ClaimsPrincipal_IsTheRequestsUserOrAnonymous()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test"));

        object? named = await ResolveAsync("Query", "me", new TestResolverContext { User = user });
        object? anonymous = await ResolveAsync("Query", "me", new TestResolverContext());

        Assert.Equal(("ada", "anonymous"), (named, anonymous));
    }

    [Fact]
    public async Task Resolve_CancellationToken_IsTheRequestsToken()
    {
        using var aborted = new CancellationTokenSource();
        ValueTask<object?> pending = _binding.Find("Query", "wait")!.Resolver!(new TestResolverContext { RequestAborted = aborted.Token });
        Assert.False(pending.IsCompleted);

        await aborted.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pending);
    }

    [Fact]
    public async Task Resolve_EnumListProperty_SerializesMembersAsGraphQLNames()
    {
        object? result = await ResolveAsync("Query", "favouriteGenres", new TestResolverContext());

        Assert.Equal(["HIP_HOP", "ROCK"], (IEnumerable<object?>)result!);
    }

    [Fact]
    public async Task Resolve_SynchronousResult_CompletesWithoutATask()
    {
        ValueTask<object?> result = _binding.Find("Query", "version")!.Resolver!(new TestResolverContext());

        Assert.True(result.IsCompletedSuccessfully);
        Assert.Equal(1L << 40, await result);
    }

    [Fact]
    public async Task Resolve_DefaultResolverOnInferredRuntimeType_ReadsParentPropertyAndSerializesEnum()
    {
        var artist = new ArtistRecord(5, "Nina", Genre.HipHop);

        object? name = await ResolveAsync("Artist", "name", new TestResolverContext { Parent = artist });
        object? genre = await ResolveAsync("Artist", "genre", new TestResolverContext { Parent = artist });

        Assert.Equal(("Nina", "HIP_HOP"), (name, genre));
        Assert.Equal(typeof(ArtistRecord), _binding.RuntimeTypes["Artist"]);
        Assert.Equal(typeof(ReleaseRecord), _binding.RuntimeTypes["Release"]);
    }

    [Fact]
    public async Task Resolve_ParentAttributeAndArgumentDefault_PassesParentAndArgument()
    {
        var artist = new ArtistRecord(5, "Nina", Genre.Jazz);

        object? result = await ResolveAsync("Artist", "releases", new TestResolverContext { Parent = artist, Arguments = Args(("first", 2)) });

        Assert.Equal([new ReleaseRecord("Nina #1", 2001), new ReleaseRecord("Nina #2", null)], (IEnumerable<ReleaseRecord>)result!);
    }

    [Fact]
    public async Task Resolve_DataLoaderParameter_IsOnePerRequestBuiltWithServicesAndBatches()
    {
        var store = new ArtistStore();
        var scope = new DataLoaderScope();
        var services = new TestServices().Add<IArtistStore>(store);
        FieldResolver label = _binding.Find("Artist", "label")!.Resolver!;

        ValueTask<object?> first = label(new TestResolverContext { Parent = new ArtistRecord(1, "a", Genre.Jazz), DataLoaders = scope, RequestServices = services });
        ValueTask<object?> second = label(new TestResolverContext { Parent = new ArtistRecord(2, "b", Genre.Jazz), DataLoaders = scope, RequestServices = services });
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal(("Label of 1", "Label of 2"), (await first, await second));
        LabelLoader loader = scope.GetOrAdd<LabelLoader>(typeof(LabelLoader).FullName!, _ => throw new InvalidOperationException("not created"));
        Assert.Same(store, loader.Store);
        Assert.Equal([1, 2], Assert.Single(loader.Batches));
    }

    [Fact]
    public async Task Subscribe_StreamMethod_YieldsEventsAndPassesArgumentsAndCancellation()
    {
        BoundField ticks = _binding.Find("Subscription", "ticks")!;
        var events = new List<object?>();

        IAsyncEnumerable<object?> stream = await ticks.Subscribe!(new TestResolverContext { Arguments = Args(("count", 3)) });
        await foreach (object? tick in stream)
        {
            events.Add(ticks.PureResolver!(tick));
        }

        Assert.Equal([1, 2, 3], events);
    }

    [Fact]
    public async Task Subscribe_EnumStream_ResolvesEachEventToItsGraphQLName()
    {
        BoundField genres = _binding.Find("Subscription", "genres")!;
        var events = new List<object?>();

        await foreach (object? genre in await genres.Subscribe!(new TestResolverContext()))
        {
            events.Add(genres.PureResolver!(genre));
        }

        Assert.Equal(["JAZZ", "HIP_HOP"], events);
    }

    [Fact]
    public void Bind_ResolverClassWithParameterlessConstructor_SharesOneInstanceAndDefersToServices()
    {
        var registered = new QueryResolvers();
        var services = new TestServices().Add(registered);

        QueryResolvers fromServices = ResolverInstances.Resolvers<QueryResolvers>(services, new QueryResolvers(), null);

        Assert.Same(registered, fromServices);
    }
}
