using System.Text.Json;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Tests.Types.Scalars;

public sealed class CustomScalarCoercionTests
{
    private static readonly ScalarCoercion DateTime = BuiltInScalars.DateTimeCoercion;
    private static readonly ScalarCoercion Long = BuiltInScalars.LongCoercion;

    [Theory]
    [InlineData("\"2020-08-06T12:30:00Z\"", "2020-08-06T12:30:00+00:00")]
    [InlineData("\"2020-08-06t12:30:00.125+02:00\"", "2020-08-06T12:30:00.1250000+02:00")]
    public void DateTime_Rfc3339Literal_GivesOffset(string literal, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateTime.CoerceInputLiteral(Parser.ParseValue(literal)));

    [Theory]
    [InlineData("\"2020-08-06\"")]
    [InlineData("\"2020-08-06T12:30:00\"")]
    [InlineData("\"2020-13-06T12:30:00Z\"")]
    [InlineData("\"yesterday\"")]
    public void DateTime_NotRfc3339_FailsWithMessage(string literal) =>
        Assert.Equal(
            $"DateTime cannot represent an invalid RFC 3339 date-time string: {literal}",
            Assert.Throws<CoercionException>(() => DateTime.CoerceInputLiteral(Parser.ParseValue(literal))).Message);

    [Fact]
    public void DateTime_SerializesAsRfc3339_WithZForUtc()
    {
        Assert.Equal("2020-08-06T12:30:00Z", DateTime.Serialize(new DateTimeOffset(2020, 8, 6, 12, 30, 0, TimeSpan.Zero)));
        Assert.Equal("2020-08-06T12:30:00.5+02:00", DateTime.Serialize(new DateTimeOffset(2020, 8, 6, 12, 30, 0, 500, TimeSpan.FromHours(2))));
        Assert.Equal("DateTime cannot represent value: 5", Assert.Throws<CoercionException>(() => DateTime.Serialize(5)).Message);
        Assert.Equal(
            "DateTime cannot represent a non string value: 5",
            Assert.Throws<CoercionException>(() => DateTime.CoerceInputValue(JsonDocument.Parse("5").RootElement)).Message);
    }

    [Fact]
    public void Long_Accepts64BitIntegers_RejectsBeyond()
    {
        Assert.Equal(9223372036854775807L, Long.CoerceInputLiteral(Parser.ParseValue("9223372036854775807")));
        Assert.Equal(-5_000_000_000L, Long.CoerceInputValue(JsonDocument.Parse("-5000000000").RootElement));
        Assert.Equal(
            "Long cannot represent non 64-bit signed integer value: 9223372036854775808",
            Assert.Throws<CoercionException>(() => Long.CoerceInputLiteral(Parser.ParseValue("9223372036854775808"))).Message);
        Assert.Equal(
            "Long cannot represent non-integer value: 1.5",
            Assert.Throws<CoercionException>(() => Long.CoerceInputLiteral(Parser.ParseValue("1.5"))).Message);
        Assert.Equal(
            "Long cannot represent non-integer value: \"1\"",
            Assert.Throws<CoercionException>(() => Long.CoerceInputValue(JsonDocument.Parse("\"1\"").RootElement)).Message);
        Assert.Equal(12L, Long.Serialize(12));
    }

    [Fact]
    public void PassThrough_KeepsValuesAsGiven()
    {
        ScalarCoercion passThrough = BuiltInScalars.PassThroughCoercion;

        object? literal = passThrough.CoerceInputLiteral(Parser.ParseValue("{a: [1, 2.5, \"x\", RED, null]}"));
        object? variable = passThrough.CoerceInputValue(JsonDocument.Parse("{\"a\": true}").RootElement);

        var map = Assert.IsType<Dictionary<string, object?>>(literal);
        Assert.Equal(new List<object?> { 1L, 2.5d, "x", "RED", null }, Assert.IsType<List<object?>>(map["a"]));
        Assert.Equal(true, Assert.IsType<Dictionary<string, object?>>(variable)["a"]);
        Assert.Same(map, passThrough.Serialize(map));
    }

    [Fact]
    public void Long_JsonIntegerAtTheTopOfTheRange_KeepsEveryDigit() =>
        Assert.Equal(9223372036854775807L, Long.CoerceInputValue(JsonDocument.Parse("9223372036854775807").RootElement));
}
