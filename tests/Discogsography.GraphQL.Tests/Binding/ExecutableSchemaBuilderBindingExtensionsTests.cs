using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Binding;

public sealed class ExecutableSchemaBuilderBindingExtensionsTests
{
    private const string Sdl = """
        interface Node { id: ID! }
        type Query { search(text: String!): [Hit!]! node(id: ID!): Node  counter: Int! }
        type Mutation { increment(by: Int! = 1): Int! }
        union Hit = Person | Band
        type Person implements Node { id: ID! name: String! }
        type Band implements Node { id: ID! name: String! members: [Person!]! }
        """;

    public sealed record PersonRecord(string Id, string Name);

    public sealed record BandRecord(string Id, string Name, IReadOnlyList<PersonRecord> Members);

    public sealed class Counter
    {
        public int Value { get; set; }
    }

    public sealed class CatalogResolvers(Counter counter)
    {
        private static readonly object[] _all =
        [
            new PersonRecord("p1", "Ella"),
            new BandRecord("b1", "Quartet", [new PersonRecord("p2", "Dave")]),
        ];

        public static IEnumerable<object> Search(string text) =>
            _all.Where(hit => hit is PersonRecord p ? p.Name.Contains(text, StringComparison.Ordinal) : ((BandRecord)hit).Name.Contains(text, StringComparison.Ordinal));

        public static object? Node(string id) => _all.FirstOrDefault(hit => hit is PersonRecord p ? p.Id == id : ((BandRecord)hit).Id == id);

        public int Counter => counter.Value;

        public int Increment(int by) => counter.Value += by;
    }

    private static Schema Schema { get; } = SchemaBuilder.FromSdl(Sdl).Build();

    private static SchemaBinding Bind() => new SchemaBindingBuilder(Schema)
        .BindResolver<CatalogResolvers>("Query")
        .BindResolver<CatalogResolvers>("Mutation")
        .BindRuntimeType<PersonRecord>("Person")
        .BindRuntimeType<BandRecord>("Band")
        .Bind();

    private static async Task<string> ExecuteAsync(RequestExecutor executor, IServiceProvider services, string query) =>
        (await executor.ExecuteAsync(new GraphQLRequest { Query = query }, services, null, CancellationToken.None)).ToJson();

    [Fact]
    public async Task AddResolversFrom_UnionAndInterfaceResults_ResolveToTheBoundObjectTypes()
    {
        var executor = new RequestExecutor(new ExecutableSchemaBuilder(Schema).AddResolversFrom(Bind()).Build());
        var services = new TestServices().Add(new Counter());

        string json = await ExecuteAsync(executor, services, """
            { search(text: "a") { __typename ... on Person { name } ... on Band { name members { name } } }
              node(id: "b1") { __typename id } }
            """);

        Assert.Equal(
            """{"data":{"search":[{"__typename":"Person","name":"Ella"},{"__typename":"Band","name":"Quartet","members":[{"name":"Dave"}]}],"node":{"__typename":"Band","id":"b1"}}}""",
            json);
    }

    [Fact]
    public async Task AddResolversFrom_ResolverClassWithConstructorParameters_IsBuiltFromRequestServices()
    {
        var executor = new RequestExecutor(new ExecutableSchemaBuilder(Schema).AddResolversFrom(Bind()).Build());
        var counter = new Counter { Value = 40 };
        var services = new TestServices().Add(counter);

        string mutation = await ExecuteAsync(executor, services, "mutation { a: increment b: increment(by: 1) }");
        string query = await ExecuteAsync(executor, services, "{ counter }");

        Assert.Equal("""{"data":{"a":41,"b":42}}""", mutation);
        Assert.Equal("""{"data":{"counter":42}}""", query);
    }

    [Fact]
    public async Task AddResolversFrom_ResolverClassRegisteredAsService_UsesTheRegisteredInstance()
    {
        var executor = new RequestExecutor(new ExecutableSchemaBuilder(Schema).AddResolversFrom(Bind()).Build());
        var services = new TestServices().Add(new Counter { Value = 1 }).Add(new CatalogResolvers(new Counter { Value = 99 }));

        string json = await ExecuteAsync(executor, services, "{ counter }");

        Assert.Equal("""{"data":{"counter":99}}""", json);
    }

    [Fact]
    public void AddResolversFrom_EveryObjectTypeField_HasABindingThatIsNotTheDefault()
    {
        ExecutableSchema executable = new ExecutableSchemaBuilder(Schema).AddResolversFrom(Bind()).Build();

        Assert.Empty(executable.DefaultBoundFields);
    }

    private enum Mood
    {
        Calm,
        VeryLoud,
    }

    private sealed record Track(string Title, Mood Mood);

    private sealed record TrackQuery(string Title, Mood Mood);

    private sealed class HiddenResolvers
    {
        public Track Track(TrackQuery query) => new(query.Title.ToUpperInvariant(), query.Mood);
    }

    [Fact]
    public async Task AddResolversFrom_NonPublicResolverClassRecordsAndEnums_BindAndRun()
    {
        Schema schema = SchemaBuilder.FromSdl("""
            type Query { track(query: TrackQuery!): Track! }
            type Track { title: String! mood: Mood! }
            input TrackQuery { title: String! mood: Mood! }
            enum Mood { CALM VERY_LOUD }
            """).Build();
        var executor = new RequestExecutor(new ExecutableSchemaBuilder(schema)
            .AddResolversFrom(new SchemaBindingBuilder(schema).BindResolver<HiddenResolvers>("Query").Bind())
            .Build());

        string json = await ExecuteAsync(executor, new TestServices(), "{ track(query: { title: \"so what\", mood: VERY_LOUD }) { title mood } }");

        Assert.Equal("""{"data":{"track":{"title":"SO WHAT","mood":"VERY_LOUD"}}}""", json);
    }

    [Fact]
    public void AddResolversFrom_BindingOfAnotherSchema_Throws()
    {
        Schema other = SchemaBuilder.FromSdl(Sdl).Build();

        Assert.Throws<ArgumentException>(() => new ExecutableSchemaBuilder(other).AddResolversFrom(Bind()));
    }
}
