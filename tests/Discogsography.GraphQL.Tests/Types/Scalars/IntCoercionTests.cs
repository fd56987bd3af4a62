using System.Text.Json;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Tests.Types.Scalars;

public sealed class IntCoercionTests
{
    private static readonly ScalarType Int = BuiltInScalars.Int;

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    public void CoerceInputLiteral_IntegerInRange_GivesInt(string literal, int expected) =>
        Assert.Equal(expected, Int.CoerceInputLiteral(Parser.ParseValue(literal)));

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    [InlineData("RED", "Int cannot represent non-integer value: RED")]
    public void CoerceInputLiteral_NotAnInt_FailsWithMessage(string literal, string message)
    {
        CoercionException exception = Assert.Throws<CoercionException>(() => Int.CoerceInputLiteral(Parser.ParseValue(literal)));
        Assert.Equal(message, exception.Message);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("1.0", 1)]
    [InlineData("-3e2", -300)]
    public void CoerceInputValue_JsonIntegralNumber_GivesInt(string json, int expected) =>
        Assert.Equal(expected, Int.CoerceInputValue(JsonDocument.Parse(json).RootElement));

    [Theory]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("4294967296", "Int cannot represent non 32-bit signed integer value: 4294967296")]
    [InlineData("\"5\"", "Int cannot represent non-integer value: \"5\"")]
    [InlineData("null", "Int cannot represent non-integer value: null")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    public void CoerceInputValue_NotAnInt_FailsWithMessage(string json, string message)
    {
        CoercionException exception = Assert.Throws<CoercionException>(() => Int.CoerceInputValue(JsonDocument.Parse(json).RootElement));
        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void Serialize_NumbersBooleansAndNumericStrings_GivesInt()
    {
        Assert.Equal(3, Int.Serialize(3L));
        Assert.Equal(4, Int.Serialize(4.0));
        Assert.Equal(1, Int.Serialize(true));
        Assert.Equal(12, Int.Serialize("12"));
    }

    [Fact]
    public void Serialize_OutOfRangeOrFraction_Fails()
    {
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 3000000000", Assert.Throws<CoercionException>(() => Int.Serialize(3_000_000_000L)).Message);
        Assert.Equal("Int cannot represent non-integer value: 0.25", Assert.Throws<CoercionException>(() => Int.Serialize(0.25)).Message);
    }
}
