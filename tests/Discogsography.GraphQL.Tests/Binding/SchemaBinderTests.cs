using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Binding;

/// <summary>The start-up check: every problem of every field, in one exception, each with its coordinate and fix.</summary>
public sealed class SchemaBinderTests
{
    private const string Sdl = """
        type Query {
          artist(id: Int!): Artist
          search(name: String, limit: Int): [String!]!
          missing(id: ID!): String
          tags: [String!]!
          count: Int!
          genre: Genre!
          lookup(ids: [Int!]!): String
          filter(f: Filter!): String
          ok: String
        }

        type Artist {
          name: String!
          born: Int
        }

        enum Genre { JAZZ ROCK }

        input Filter { name: String, year: Int }

        type Subscription { events: String }
        """;

    private static readonly Schema _schema = SchemaBuilder.FromSdl(Sdl).Build();

    public enum BadGenre
    {
        Jazz,
        Blues,
    }

    public sealed record Person(string Name);

    public sealed record BadFilter(string? Name);

    public sealed class BadQuery
    {
        public Person? Artist(string id) => new(id);

        public IReadOnlyList<string> Search(string? name, int limit, int page) => [];

        public string Tags() => string.Empty;

        public string Count => string.Empty;

        public BadGenre Genre() => BadGenre.Jazz;

        public string Lookup(int ids) => string.Empty;

        public string Filter(BadFilter f) => string.Empty;

        public string Ok() => "ok";
    }

    public sealed class BadSubscription
    {
        public string Events() => string.Empty;
    }

    private static BindingException BindFailure(Action<SchemaBindingBuilder>? configure = null)
    {
        SchemaBindingBuilder builder = new SchemaBindingBuilder(_schema)
            .BindResolver<BadQuery>("Query")
            .BindResolver<BadSubscription>("Subscription");
        configure?.Invoke(builder);
        return Assert.Throws<BindingException>(() => builder.Bind());
    }

    [Fact]
    public void Bind_ManyMistakes_ThrowsOnceListingEveryProblemWithItsCoordinate()
    {
        BindingException error = BindFailure();

        Assert.Equal(
            [
                "Query.artist(id:)", "Query.search(limit:)", "Query.search", "Query.missing", "Query.tags", "Query.count",
                "Genre.ROCK", "Genre", "Query.lookup(ids:)", "Filter.year", "Artist.born", "Subscription.events",
            ],
            error.Problems.Select(p => p.Coordinate));
        Assert.All(error.Problems, p => Assert.Contains(p.ToString(), error.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Query.artist(id:)", "string cannot represent the GraphQL scalar Int", "declare it as int")]
    [InlineData("Query.search(limit:)", "Int may be null but int cannot hold null", "declare it as int? or give the parameter a default value")]
    [InlineData("Query.search", "int page of BadQuery.Search: it is neither an argument of Query.search (its arguments are name, limit) nor injectable", "rename it to one of the arguments")]
    [InlineData("Query.missing", "BadQuery has no member Missing", "add a method string? Missing(string id) to BadQuery")]
    [InlineData("Query.tags", "is a list but string is not", "return IReadOnlyList<string>")]
    [InlineData("Query.count", "string cannot represent the GraphQL scalar Int", "return int")]
    [InlineData("Genre.ROCK", "no member in the CLR enum BadGenre", "add the member BadGenre.Rock")]
    [InlineData("Genre", "BadGenre.Blues has no value in the GraphQL enum", "add the value BLUES to enum Genre")]
    [InlineData("Query.lookup(ids:)", "is a list but int is not", "declare it as IReadOnlyList<int>")]
    [InlineData("Filter.year", "neither a constructor parameter nor a settable property on BadFilter", "add a property int? Year { get; init; } to BadFilter")]
    [InlineData("Artist.born", "Person, the CLR type of Artist objects, has no member Born", "add a property int? Born to Person")]
    [InlineData("Subscription.events", "not a source stream", "return IAsyncEnumerable<string>")]
    public void Bind_ManyMistakes_EachProblemSaysWhatIsWrongAndHowToFixIt(string coordinate, string problem, string fix)
    {
        BindingProblem found = Assert.Single(BindFailure().Problems, p => p.Coordinate == coordinate);

        Assert.Contains(problem, found.Problem, StringComparison.Ordinal);
        Assert.Contains(fix, found.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_RootFieldWithoutResolverClass_SuggestsTheMethodSignature()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { hello(name: String!): String! }").Build();

        BindingException error = Assert.Throws<BindingException>(() => new SchemaBindingBuilder(schema).Bind());

        BindingProblem problem = Assert.Single(error.Problems);
        Assert.Equal("Query.hello", problem.Coordinate);
        Assert.Contains("BindResolver<T>(\"Query\") that has a method string Hello(string name)", problem.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("BindRuntimeType", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_NonRootTypeWithoutResolversOrRuntimeType_SuggestsDeclaringItsClrType()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { ok: Boolean } type Orphan { name: String }").Build();

        BindingException error = Assert.Throws<BindingException>(() => new SchemaBindingBuilder(schema).BindResolver<Ambiguous>("Query").Bind());

        BindingProblem problem = Assert.Single(error.Problems, p => p.Coordinate == "Orphan.name");
        Assert.Contains("BindRuntimeType<T>(\"Orphan\") and give it a property Name", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnknownOrNonObjectTypeName_IsAProblem()
    {
        BindingException error = BindFailure(b => b.BindResolver<BadQuery>("Querry").BindRuntimeType<string>("Genre"));

        Assert.Contains(error.Problems, p => p.Coordinate == "Querry" && p.Problem.Contains("no type of that name", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Coordinate == "Genre" && p.Problem.Contains("not an object type", StringComparison.Ordinal));
    }

    public sealed class Ambiguous
    {
        public string Hello() => "a";

        public Task<string> GetHelloAsync() => Task.FromResult("b");

        public static bool Ok => true;
    }

    [Fact]
    public void Bind_TwoMembersMatchingOneField_IsAProblemNamingBoth()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { hello: String }").Build();

        BindingException error = Assert.Throws<BindingException>(() => new SchemaBindingBuilder(schema).BindResolver<Ambiguous>("Query").Bind());

        Assert.Contains("Ambiguous.Hello, Ambiguous.GetHelloAsync", Assert.Single(error.Problems).Problem, StringComparison.Ordinal);
    }

    public interface IClock
    {
        DateTimeOffset Now { get; }
    }

    public sealed class NeedsService
    {
        public string Hello(IClock clock) => clock.Now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Bind_ServiceCheckRejectingParameterType_IsAProblem()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { hello: String }").Build();
        SchemaBindingBuilder builder = new SchemaBindingBuilder(schema).BindResolver<NeedsService>("Query");

        BindingException error = Assert.Throws<BindingException>(() => builder.UseServiceCheck(_ => false).Bind());
        SchemaBinding accepted = builder.UseServiceCheck(type => type == typeof(IClock)).Bind();

        Assert.Contains("IClock is not a registered service", Assert.Single(error.Problems).Problem, StringComparison.Ordinal);
        Assert.Single(accepted.Fields);
    }

    public sealed class RefParameter
    {
        public string Hello(ref int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Bind_RefParameter_IsAProblemNotACrash()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { hello(count: Int!): String }").Build();

        BindingException error = Assert.Throws<BindingException>(() => new SchemaBindingBuilder(schema).BindResolver<RefParameter>("Query").Bind());

        Assert.Contains("ref, out and pointer parameters cannot be bound", error.Problems[0].Problem, StringComparison.Ordinal);
    }

    public sealed record Cat(string Name);

    public sealed record Dog(string Name);

    public sealed class Pets
    {
        public Cat First() => new("Tom");

        public Dog Second() => new("Rex");
    }

    [Fact]
    public void Bind_UnrelatedResultTypesForOneObjectType_AsksToDeclareIt()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { first: Pet second: Pet } type Pet { name: String }").Build();

        BindingException error = Assert.Throws<BindingException>(() => new SchemaBindingBuilder(schema).BindResolver<Pets>("Query").Bind());

        BindingProblem problem = Assert.Single(error.Problems, p => p.Coordinate == "Pet");
        Assert.Contains("Cat (Query.first), Dog (Query.second)", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("BindRuntimeType<T>(\"Pet\")", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_DeclaredRuntimeTypeAsMap_LeavesFieldsToTheDefaultResolver()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { ok: String }").Build();

        SchemaBinding binding = new SchemaBindingBuilder(schema).BindRuntimeType<IReadOnlyDictionary<string, object?>>("Query").Bind();

        Assert.Empty(binding.Fields);
    }
}
