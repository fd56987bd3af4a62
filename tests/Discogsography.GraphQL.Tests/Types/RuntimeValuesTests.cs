using System.Text.Json;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Tests.Types;

public sealed class RuntimeValuesTests
{
    [Fact]
    public void Unwrap_ObjectWithARepeatedKey_KeepsTheLastValue()
    {
        using var document = JsonDocument.Parse("""{"a": 1, "b": {"c": "x", "c": "y"}, "a": 2}""");

        var value = Assert.IsType<Dictionary<string, object?>>(RuntimeValues.Unwrap(document.RootElement));

        Assert.Equal(2L, value["a"]);
        Assert.Equal("y", Assert.IsType<Dictionary<string, object?>>(value["b"])["c"]);
    }

    [Fact]
    public void Unwrap_Numbers_AreLongWhenIntegralAndDoubleOtherwise()
    {
        using var document = JsonDocument.Parse("[1, 1.5, 9223372036854775808]");

        var items = Assert.IsType<List<object?>>(RuntimeValues.Unwrap(document.RootElement));

        Assert.Equal(1L, items[0]);
        Assert.Equal(1.5, items[1]);
        Assert.IsType<double>(items[2]);
    }
}
