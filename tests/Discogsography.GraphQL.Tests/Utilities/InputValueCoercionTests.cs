using System.Text.Json;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Tests.Utilities;

public sealed class InputValueCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        enum Kind { ARTIST LABEL }
        input Filter { kind: Kind! = ARTIST names: [String!] limit: Int = 10 }
        input Ref @oneOf { id: ID name: String }
        type Query { f(filter: Filter, ref: Ref): Int }
        """).Build();

    private static GraphQLType Argument(string name) => Schema.QueryType.Fields["f"].Arguments[name].Type;

    private static object? Coerce(string json, GraphQLType type) => InputValueCoercion.Coerce(JsonDocument.Parse(json).RootElement, type);

    [Fact]
    public void Coerce_InputObject_FillsDefaultsAndWrapsSingleItems()
    {
        object? value = Coerce("""{"names": "Miles"}""", Argument("filter"));

        Assert.Equal(
            new Dictionary<string, object?> { ["kind"] = "ARTIST", ["names"] = new List<object?> { "Miles" }, ["limit"] = 10 },
            value);
    }

    [Theory]
    [InlineData("""{"kind": "BAND"}""", "At \"value.kind\": Value \"BAND\" does not exist in \"Kind\" enum.")]
    [InlineData("""{"kind": null}""", "At \"value.kind\": Expected non-nullable type \"Kind!\" not to be null.")]
    [InlineData("""{"names": ["a", 1]}""", "At \"value.names[1]\": String cannot represent a non string value: 1")]
    [InlineData("""{"other": 1}""", "Field \"other\" is not defined by type \"Filter\".")]
    [InlineData("[1]", "Expected type \"Filter\" to be an object.")]
    public void Coerce_InvalidFilter_FailsWithPathAndReason(string json, string message) =>
        Assert.Equal(message, Assert.Throws<CoercionException>(() => Coerce(json, Argument("filter"))).Message);

    [Fact]
    public void Coerce_OneOf_TakesExactlyOneNonNullField()
    {
        Assert.Equal(new Dictionary<string, object?> { ["id"] = "7" }, Coerce("""{"id": 7}""", Argument("ref")));
        Assert.Equal(
            "Exactly one key must be specified for OneOf type \"Ref\".",
            Assert.Throws<CoercionException>(() => Coerce("""{"id": "1", "name": "x"}""", Argument("ref"))).Message);
        Assert.Equal("Field \"name\" must be non-null.", Assert.Throws<CoercionException>(() => Coerce("""{"name": null}""", Argument("ref"))).Message);
    }

    [Fact]
    public void Coerce_NullForNullableType_GivesNull() => Assert.Null(Coerce("null", Argument("filter")));
}
