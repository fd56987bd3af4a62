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
        input In { n: Int!, list: [[Int]], deep: In2 }
        input In2 { s: String = "d" }
        type Query { f(filter: Filter, ref: Ref): Int }
        """).Build();

    private static GraphQLType Argument(string name) => Schema.QueryType.Fields["f"].Arguments[name].Type;

    private static GraphQLType Type(string name) => Schema.GetType(name)!;

    private static object? Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

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
    [InlineData("""{"kind": "BAND"}""", "at \"kind\"; Value \"BAND\" does not exist in \"Kind\" enum.")]
    [InlineData("""{"kind": null}""", "at \"kind\"; Expected non-nullable type \"Kind!\" not to be null.")]
    [InlineData("""{"names": ["a", 1]}""", "at \"names[1]\"; String cannot represent a non string value: 1")]
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

    [Fact]
    public void Coerce_NestedListSingleValue_WrapsAtEachLevel()
    {
        object? coerced = InputValueCoercion.Coerce(Json("""{"n": 1, "list": 5}"""), Type("In"));

        var map = Assert.IsType<Dictionary<string, object?>>(coerced);
        var outer = Assert.IsType<List<object?>>(map["list"]);
        Assert.Equal([5], Assert.IsType<List<object?>>(Assert.Single(outer)));
    }

    [Fact]
    public void Coerce_NestedInputObjectDefault_Filled()
    {
        var map = (Dictionary<string, object?>)InputValueCoercion.Coerce(Json("""{"n": 1, "deep": {}}"""), Type("In"))!;

        Assert.Equal("d", ((Dictionary<string, object?>)map["deep"]!)["s"]);
        Assert.False(map.ContainsKey("list"));
    }

    [Fact]
    public void Coerce_ErrorDeepInside_MessageNamesThePath()
    {
        CoercionException exception = Assert.Throws<CoercionException>(() => InputValueCoercion.Coerce(Json("""{"n": 1, "list": [[1, "x"]]}"""), Type("In")));

        Assert.StartsWith("at \"list[0][1]\";", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coerce_PlainRuntimeValues_AcceptedLikeJson()
    {
        object? coerced = InputValueCoercion.Coerce(new Dictionary<string, object?> { ["n"] = 2L }, new NonNullType(Type("In")));

        Assert.Equal(2, ((Dictionary<string, object?>)coerced!)["n"]);
    }
}
