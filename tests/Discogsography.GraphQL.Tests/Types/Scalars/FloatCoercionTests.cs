using System.Text.Json;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Tests.Types.Scalars;

public sealed class FloatCoercionTests
{
    private static readonly ScalarType Float = BuiltInScalars.Float;

    [Theory]
    [InlineData("1", 1d)]
    [InlineData("1.5", 1.5d)]
    [InlineData("-2e3", -2000d)]
    public void CoerceInputLiteral_IntOrFloat_GivesDouble(string literal, double expected) =>
        Assert.Equal(expected, Float.CoerceInputLiteral(Parser.ParseValue(literal)));

    [Theory]
    [InlineData("\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("true", "Float cannot represent non numeric value: true")]
    [InlineData("1e400", "Float cannot represent non numeric value: 1e400")]
    public void CoerceInputLiteral_NotAFiniteNumber_FailsWithMessage(string literal, string message) =>
        Assert.Equal(message, Assert.Throws<CoercionException>(() => Float.CoerceInputLiteral(Parser.ParseValue(literal))).Message);

    [Fact]
    public void CoerceInputValue_JsonNumber_GivesDouble()
    {
        Assert.Equal(2.5d, Float.CoerceInputValue(JsonDocument.Parse("2.5").RootElement));
        Assert.Equal(3d, Float.CoerceInputValue(JsonDocument.Parse("3").RootElement));
    }

    [Fact]
    public void CoerceInputValue_String_FailsWithMessage() =>
        Assert.Equal(
            "Float cannot represent non numeric value: \"x\"",
            Assert.Throws<CoercionException>(() => Float.CoerceInputValue(JsonDocument.Parse("\"x\"").RootElement)).Message);

    [Fact]
    public void Serialize_NonFinite_Fails()
    {
        Assert.Equal(0.5d, Float.Serialize(0.5f));
        Assert.Equal("Float cannot represent non numeric value: NaN", Assert.Throws<CoercionException>(() => Float.Serialize(double.NaN)).Message);
        Assert.Equal("Float cannot represent non numeric value: Infinity", Assert.Throws<CoercionException>(() => Float.Serialize(double.PositiveInfinity)).Message);
    }
}
