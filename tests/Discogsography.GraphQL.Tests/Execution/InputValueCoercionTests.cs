using System.Text.Json;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class InputValueCoercionTests
{
    private static readonly Schema _schema = SchemaBuilder.FromSdl("""
        type Query { a: Int }
        input In { n: Int!, list: [[Int]], deep: In2 }
        input In2 { s: String = "d" }
        """).Build();

    private static GraphQLType Type(string name) => _schema.GetType(name)!;

    private static object? Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

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
