using System.Text.Json;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Tests.Types.Scalars;

public sealed class StringBooleanIdCoercionTests
{
    [Fact]
    public void String_AcceptsOnlyStrings_AndSerializesScalars()
    {
        Assert.Equal("a\nb", BuiltInScalars.String.CoerceInputLiteral(Parser.ParseValue("\"a\\nb\"")));
        Assert.Equal("x", BuiltInScalars.String.CoerceInputValue(JsonDocument.Parse("\"x\"").RootElement));
        Assert.Equal(
            "String cannot represent a non string value: 1",
            Assert.Throws<CoercionException>(() => BuiltInScalars.String.CoerceInputLiteral(Parser.ParseValue("1"))).Message);
        Assert.Equal(
            "String cannot represent a non string value: true",
            Assert.Throws<CoercionException>(() => BuiltInScalars.String.CoerceInputValue(true)).Message);
        Assert.Equal("true", BuiltInScalars.String.Serialize(true));
        Assert.Equal("1.5", BuiltInScalars.String.Serialize(1.5));
        Assert.Equal("42", BuiltInScalars.String.Serialize(42L));
    }

    [Fact]
    public void Boolean_AcceptsOnlyBooleans()
    {
        Assert.Equal(false, BuiltInScalars.Boolean.CoerceInputLiteral(Parser.ParseValue("false")));
        Assert.Equal(true, BuiltInScalars.Boolean.CoerceInputValue(JsonDocument.Parse("true").RootElement));
        Assert.Equal(
            "Boolean cannot represent a non boolean value: 1",
            Assert.Throws<CoercionException>(() => BuiltInScalars.Boolean.CoerceInputLiteral(Parser.ParseValue("1"))).Message);
        Assert.Equal(
            "Boolean cannot represent a non boolean value: \"true\"",
            Assert.Throws<CoercionException>(() => BuiltInScalars.Boolean.CoerceInputValue("true")).Message);
        Assert.Equal(true, BuiltInScalars.Boolean.Serialize(1));
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("42", "42")]
    public void Id_LiteralStringOrInteger_GivesString(string literal, string expected) =>
        Assert.Equal(expected, BuiltInScalars.ID.CoerceInputLiteral(Parser.ParseValue(literal)));

    [Fact]
    public void Id_RejectsFloatsAndBooleans_AndSerializesIntegersAsStrings()
    {
        Assert.Equal("7", BuiltInScalars.ID.CoerceInputValue(JsonDocument.Parse("7").RootElement));
        Assert.Equal(
            "ID cannot represent a non-string and non-integer value: 1.5",
            Assert.Throws<CoercionException>(() => BuiltInScalars.ID.CoerceInputLiteral(Parser.ParseValue("1.5"))).Message);
        Assert.Equal(
            "ID cannot represent value: true",
            Assert.Throws<CoercionException>(() => BuiltInScalars.ID.CoerceInputValue(JsonDocument.Parse("true").RootElement)).Message);
        Assert.Equal("99", BuiltInScalars.ID.Serialize(99));
        Assert.Equal("ID cannot represent value: 1.5", Assert.Throws<CoercionException>(() => BuiltInScalars.ID.Serialize(1.5)).Message);
    }
}
