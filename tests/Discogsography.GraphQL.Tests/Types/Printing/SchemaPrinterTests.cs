using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Printing;

namespace Discogsography.GraphQL.Tests.Types.Printing;

public sealed class SchemaPrinterTests
{
    /// <summary>SDL in, and what graphql-js 16.15 <c>printSchema(buildSchema(sdl))</c> prints for it.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        // defaults
        {
            "type Query { f(a: Float = 1, b: ID = 42, c: ID = \"abc\", d: [Int] = 3, e: E = B, g: P = {y: 2}, h: String = \"q\\\"\\u0001\", i: [[Int]] = [[1], 2]): Int } enum E { A B } input P { x: Int = 5 y: Int z: [E] }",
            "type Query {\n  f(a: Float = 1, b: ID = 42, c: ID = \"abc\", d: [Int] = [3], e: E = B, g: P = {x: 5, y: 2}, h: String = \"q\\\"\\u0001\", i: [[Int]] = [[1], [2]]): Int\n}\n\nenum E {\n  A\n  B\n}\n\ninput P {\n  x: Int = 5\n  y: Int\n  z: [E]\n}"
        },
        // descriptions
        {
            "type Query { \"short\" a: Int \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" b: Int \"ends with quote\\\"\" c: Int \"two\\nlines\" d: Int \" lead\" e: Int \"ctl\\u0007\" f: Int \"\" g: Int }",
            "type Query {\n  \"\"\"short\"\"\"\n  a: Int\n\n  \"\"\"\n  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  \"\"\"\n  b: Int\n\n  \"\"\"\n  ends with quote\"\n  \"\"\"\n  c: Int\n\n  \"\"\"\n  two\n  lines\n  \"\"\"\n  d: Int\n\n  \"\"\" lead\"\"\"\n  e: Int\n\n  \"ctl\\u0007\"\n  f: Int\n\n  \"\"\"\"\"\"\n  g: Int\n}"
        },
        // args
        {
            "type Query { f(\"The a.\" a: Int, b: String = \"x\" @deprecated(reason: \"Use a.\")): Int @deprecated }",
            "type Query {\n  f(\n    \"\"\"The a.\"\"\"\n    a: Int\n    b: String = \"x\" @deprecated(reason: \"Use a.\")\n  ): Int @deprecated\n}"
        },
        // schemaDef
        {
            "\"Described.\" schema { query: Query } type Query { a: Int }",
            "\"\"\"Described.\"\"\"\nschema {\n  query: Query\n}\n\ntype Query {\n  a: Int\n}"
        },
        // renamed
        {
            "schema { query: Q mutation: Mutation } type Q { a: Int } type Mutation { a: Int }",
            "schema {\n  query: Q\n  mutation: Mutation\n}\n\ntype Q {\n  a: Int\n}\n\ntype Mutation {\n  a: Int\n}"
        },
        // directives
        {
            "directive @d(\"The x.\" x: Int = 1) repeatable on FIELD_DEFINITION | OBJECT scalar U @specifiedBy(url: \"https://u\") input O @oneOf { a: Int b: Int } type Query { u: U o(o: O): Int }",
            "directive @d(\n  \"\"\"The x.\"\"\"\n  x: Int = 1\n) repeatable on FIELD_DEFINITION | OBJECT\n\nscalar U @specifiedBy(url: \"https://u\")\n\ninput O @oneOf {\n  a: Int\n  b: Int\n}\n\ntype Query {\n  u: U\n  o(o: O): Int\n}"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Print_Schema_MatchesGraphQLJs(string sdl, string expected)
    {
        Schema schema = SchemaBuilder.FromSdl(sdl).Build();

        string printed = SchemaPrinter.Print(schema);

        Assert.Equal(expected, printed);
    }

    [Fact]
    public void Print_KitchenSink_MatchesTheApprovedFile()
    {
        Schema schema = SchemaBuilder.FromSdl(KitchenSink).Build();

        ApprovedFile.Verify(SchemaPrinter.Print(schema) + "\n", "kitchen-sink.graphql");
    }

    [Fact]
    public void Print_PrintedSchema_PrintsTheSameWhenBuiltAgain()
    {
        string printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSink).Build());

        string reprinted = SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build());

        Assert.Equal(printed, reprinted);
    }

    private const string KitchenSink = """
        "The sink."
        schema { query: Query mutation: Mutation }
        directive @cache(seconds: Int = 60, scope: Scope = PUBLIC) on FIELD_DEFINITION | OBJECT
        enum Scope { PUBLIC PRIVATE @deprecated(reason: "Use `PUBLIC`.") }
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name(upper: Boolean = false): String }
        type Artist implements Named & Node @cache {
          id: ID!
          name(upper: Boolean = false): String
          "When the artist was last seen, if ever."
          seen(at: DateTime = "2020-01-01T00:00:00Z"): DateTime @cache(seconds: 5)
          aliases(first: Int = 10, after: String): [String!]! @deprecated
        }
        union Credit = Artist
        input Filter @oneOf { name: String id: ID }
        input Range { from: Int = 0 to: Int }
        type Query {
          node(id: ID!): Node
          search(filter: Filter!, range: Range = {to: 5}, scopes: [Scope!] = PUBLIC): [Credit!]!
        }
        type Mutation { rename(id: ID!, name: String!): Artist }
        """;
}
