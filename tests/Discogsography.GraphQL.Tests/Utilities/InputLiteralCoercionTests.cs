using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Tests.Utilities;

public sealed class InputLiteralCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        input Filter { genre: String, from: Int = 1950, to: Int, limit: Int!, tags: [String], strictTags: [String!] }
        input Ref @oneOf { id: ID, name: String }
        type Query { f(filter: Filter, ref: Ref): Int }
        """).Build();

    private static readonly IReadOnlyDictionary<string, object?> Variables = new Dictionary<string, object?> { ["given"] = "x", ["none"] = null };

    private static GraphQLType Argument(string name) => Schema.QueryType.Fields["f"].Arguments[name].Type;

    private static object? Coerce(string literal, string argument) =>
        InputLiteralCoercion.Coerce(Parser.ParseValue(literal), Argument(argument), Variables);

    [Fact]
    public void Coerce_MissingVariableInInputObjectField_FieldOmittedOrDefaulted()
    {
        object? value = Coerce("{genre: $missing, from: $missing, to: $missing, limit: 3}", "filter");

        Assert.Equal(new Dictionary<string, object?> { ["from"] = 1950, ["limit"] = 3 }, value);
    }

    [Fact]
    public void Coerce_MissingVariableForRequiredFieldWithoutDefault_Fails() =>
        Assert.Equal(
            "Field \"Filter.limit\" of required type \"Int!\" was not provided.",
            Assert.Throws<CoercionException>(() => Coerce("{limit: $missing}", "filter")).Message);

    [Fact]
    public void Coerce_NullVariableInNonNullField_Fails() =>
        Assert.Equal(
            "Variable \"$none\" is null, but the position it is used in expects the non-null type \"Int!\".",
            Assert.Throws<CoercionException>(() => Coerce("{limit: $none}", "filter")).Message);

    [Fact]
    public void Coerce_NullVariableAsNonNullListItem_Fails() =>
        Assert.Throws<CoercionException>(() => Coerce("{limit: 1, strictTags: [\"a\", $none]}", "filter"));

    [Fact]
    public void Coerce_NullVariableInNullableField_IsNull()
    {
        object? value = Coerce("{limit: 1, genre: $none}", "filter");

        Assert.Equal(new Dictionary<string, object?> { ["genre"] = null, ["from"] = 1950, ["limit"] = 1 }, value);
    }

    [Fact]
    public void Coerce_MissingVariableAsListItem_ItemIsNull()
    {
        object? value = Coerce("{limit: 1, tags: [\"a\", $missing, $given, $none]}", "filter");

        Assert.Equal(new List<object?> { "a", null, "x", null }, Assert.IsType<Dictionary<string, object?>>(value)["tags"]);
    }

    [Fact]
    public void Coerce_MissingVariableAsNonNullListItem_Fails() =>
        Assert.Equal(
            "Variable \"$missing\" was not provided for an item of non-null type \"String!\".",
            Assert.Throws<CoercionException>(() => Coerce("{limit: 1, strictTags: [\"a\", $missing]}", "filter")).Message);

    [Fact]
    public void Coerce_GivenNullVariableInInputObjectField_KeptAsNull()
    {
        object? value = Coerce("{genre: $none, limit: 1}", "filter");

        Assert.Equal(new Dictionary<string, object?> { ["genre"] = null, ["from"] = 1950, ["limit"] = 1 }, value);
    }

    [Fact]
    public void Coerce_OneOfWhoseOnlyFieldIsAMissingVariable_Fails() =>
        Assert.Equal(
            "OneOf Input Object \"Ref\" must specify exactly one key.",
            Assert.Throws<CoercionException>(() => Coerce("{id: $missing}", "ref")).Message);

    [Fact]
    public void Coerce_VariableWithoutVariables_StillFails() =>
        Assert.Equal(
            "Variable \"$v\" is not defined here.",
            Assert.Throws<CoercionException>(() => InputLiteralCoercion.Coerce(Parser.ParseValue("{limit: 1, tags: [$v]}"), Argument("filter"))).Message);
}
