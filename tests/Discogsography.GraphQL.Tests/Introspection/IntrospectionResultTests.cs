using System.Text.Json;
using System.Text.Json.Nodes;
using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Tests.Types;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Introspection;

public sealed class IntrospectionResultTests
{
    private const string Sdl = """
        "A small catalogue."
        schema { query: Query }
        "An entity with an id."
        interface Node { id: ID! }
        type Artist implements Node { id: ID! name: String @deprecated(reason: "Use `names`.") names: [String!]! }
        union Result = Artist
        input Ref @oneOf { id: ID name: String }
        enum Kind { ARTIST LABEL @deprecated }
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")
        directive @cost(weight: Int = 1) repeatable on FIELD_DEFINITION
        type Query { node(ref: Ref!, kind: Kind = ARTIST, old: Int @deprecated): Node @cost results: [[Result!]]! at: DateTime }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Build_SmallSchema_MatchesTheApprovedFile()
    {
        JsonObject data = IntrospectionResult.Build(SchemaBuilder.FromSdl(Sdl).Build());

        ApprovedFile.Verify(data.ToJsonString(Indented) + "\n", "small-schema.json");
    }

    [Fact]
    public void Build_Schema_DescribesRootsTypesAndDirectives()
    {
        JsonNode schema = IntrospectionResult.Build(SchemaBuilder.FromSdl(Sdl).Build())["__schema"]!;

        Assert.Equal("A small catalogue.", (string?)schema["description"]);
        Assert.Equal("Query", (string?)schema["queryType"]!["name"]);
        Assert.Null(schema["mutationType"]);
        Assert.Equal(["cost", "include", "skip", "deprecated", "specifiedBy", "oneOf"], schema["directives"]!.AsArray().Select(d => (string?)d!["name"]));
        JsonNode cost = schema["directives"]!.AsArray().Single(d => (string?)d!["name"] == "cost")!;
        Assert.True((bool?)cost["isRepeatable"]);
        Assert.Equal("1", (string?)cost["args"]![0]!["defaultValue"]);
    }

    [Fact]
    public void Build_Types_CarryOneOfSpecifiedByDeprecationAndDefaults()
    {
        JsonArray types = IntrospectionResult.Build(SchemaBuilder.FromSdl(Sdl).Build())["__schema"]!["types"]!.AsArray();
        JsonNode Type(string name) => types.Single(t => (string?)t!["name"] == name)!;

        Assert.True((bool?)Type("Ref")["isOneOf"]);
        Assert.Null(Type("Artist")["isOneOf"]);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3339", (string?)Type("DateTime")["specifiedByURL"]);
        JsonNode name = Type("Artist")["fields"]!.AsArray().Single(f => (string?)f!["name"] == "name")!;
        Assert.True((bool?)name["isDeprecated"]);
        Assert.Equal("Use `names`.", (string?)name["deprecationReason"]);
        JsonArray args = Type("Query")["fields"]![0]!["args"]!.AsArray();
        Assert.Equal("ARTIST", (string?)args[1]!["defaultValue"]);
        Assert.Null(args[0]!["defaultValue"]);
        Assert.Equal("No longer supported", (string?)args[2]!["deprecationReason"]);
        Assert.Equal(["Artist"], Type("Node")["possibleTypes"]!.AsArray().Select(t => (string?)t!["name"]));
        Assert.Null(Type("Kind")["possibleTypes"]);
    }

    [Fact]
    public void Build_WrappedTypes_NestOfTypeWithGraphQLJsKeyOrder()
    {
        JsonArray types = IntrospectionResult.Build(SchemaBuilder.FromSdl(Sdl).Build())["__schema"]!["types"]!.AsArray();
        JsonNode results = types.Single(t => (string?)t!["name"] == "Query")!["fields"]![1]!["type"]!;

        Assert.Equal(
            """{"kind":"NON_NULL","name":null,"ofType":{"name":null,"kind":"LIST","ofType":{"name":null,"kind":"LIST","ofType":{"name":null,"kind":"NON_NULL","ofType":{"name":"Result","kind":"UNION","ofType":null}}}}}""",
            results.ToJsonString());
    }
}
