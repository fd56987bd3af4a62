using System.Text.Json.Nodes;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Tests.Language;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class IntrospectionTests
{
    private const string Sdl = """
        "The catalogue."
        schema { query: Query mutation: Mutation subscription: Subscription }
        "Entry points."
        type Query {
          "One artist."
          artist(id: ID!, "Old way" legacy: Boolean = false @deprecated(reason: "Gone.")): Artist
          search(ref: Ref, first: Int = 10, genres: [Genre!] = [ROCK]): [Result!]!
          old: String @deprecated
          at: DateTime
        }
        type Mutation { rate(id: ID!, stars: Int!): Boolean }
        type Subscription { ticks: Int }
        interface Named { name: String! }
        type Artist implements Named { name: String! genre: Genre }
        type Label implements Named { name: String! }
        union Result = Artist | Label
        enum Genre { ROCK JAZZ @deprecated(reason: "Use Jazz.") }
        input Ref @oneOf { id: ID, name: String @deprecated }
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
        directive @cost(weight: Int = 1) repeatable on FIELD_DEFINITION | OBJECT
        """;

    private static readonly ExecutableSchema _schema = ExecutionTestHost.Bind(Sdl);

    [Fact]
    public async Task GraphQLJsIntrospectionQuery_EqualsIntrospectionResultOfTheSchema()
    {
        string query = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "Discogsography.GraphQL.Tests", "Execution", "Approved", "introspection-query.graphql"));

        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, query);

        Assert.Empty(result.Errors);
        string expected = IntrospectionResult.Build(_schema.Schema).ToJsonString();
        string actual = JsonNode.Parse(result.ToJson())!["data"]!.ToJsonString();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task IncludeDeprecated_FalseByDefault_TrueListsAll()
    {
        string json = await ExecutionTestHost.JsonAsync(_schema, """
            {
              q: __type(name: "Query") { fields { name } all: fields(includeDeprecated: true) { name } }
              g: __type(name: "Genre") { enumValues { name } all: enumValues(includeDeprecated: true) { name } }
              r: __type(name: "Ref") { inputFields { name } all: inputFields(includeDeprecated: true) { name } }
              a: __type(name: "Query") { fields { name args { name } all: args(includeDeprecated: true) { name } } }
            }
            """);

        Assert.Contains("\"q\":{\"fields\":[{\"name\":\"artist\"},{\"name\":\"search\"},{\"name\":\"at\"}],\"all\":[{\"name\":\"artist\"},{\"name\":\"search\"},{\"name\":\"old\"},{\"name\":\"at\"}]}", json, StringComparison.Ordinal);
        Assert.Contains("\"g\":{\"enumValues\":[{\"name\":\"ROCK\"}],\"all\":[{\"name\":\"ROCK\"},{\"name\":\"JAZZ\"}]}", json, StringComparison.Ordinal);
        Assert.Contains("\"r\":{\"inputFields\":[{\"name\":\"id\"}],\"all\":[{\"name\":\"id\"},{\"name\":\"name\"}]}", json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"artist","args":[{"name":"id"}],"all":[{"name":"id"},{"name":"legacy"}]}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeByName_UnknownIsNullAndWrappersNest()
    {
        string json = await ExecutionTestHost.JsonAsync(_schema, """
            { none: __type(name: "Nope") { name } q: __type(name: "Query") { fields { name type { kind name ofType { kind name ofType { kind name ofType { name } } } } } } }
            """);

        Assert.Contains("\"none\":null", json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"search","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"name":"Result"}}}}}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typename_OnRootAndObjects()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind(Sdl, root: new Dictionary<string, object?> { ["artist"] = new Dictionary<string, object?> { ["name"] = "x" } });

        string json = await ExecutionTestHost.JsonAsync(schema, "{ __typename artist(id: 1) { __typename t: __typename } }");

        Assert.Equal("""{"data":{"__typename":"Query","artist":{"__typename":"Artist","t":"Artist"}}}""", json);
    }

    [Fact]
    public async Task MutationRoot_HasTypename()
    {
        string json = await ExecutionTestHost.JsonAsync(_schema, "mutation { __typename }");

        Assert.Equal("""{"data":{"__typename":"Mutation"}}""", json);
    }

    [Fact]
    public async Task IntrospectionOnNonQueryRoot_IsNotAField()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, "mutation { __schema { description } }", options: new RequestExecutorOptions { Validate = ExecutionValidation.None });

        Assert.Single(result.Errors);
    }
}
