using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Tests.Utilities;

public sealed class JsNumberTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(1d, "1")]
    [InlineData(-1.5d, "-1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(123.456, "123.456")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    public void Format_Double_MatchesJavaScriptToString(double value, string expected) =>
        Assert.Equal(expected, JsNumber.Format(value));
}
