using Discogsography.GraphQL.Language;

namespace Discogsography.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("one line", "one line")]
    [InlineData("\n  a\n    b\n  c\n", "a\n  b\nc")]
    [InlineData("first\n    a\n    b", "first\na\nb")]
    [InlineData("  \n\n  x\n  \n", "x")]
    [InlineData("\ta\n\t\tb", "\ta\nb")]
    [InlineData("a\r\n  b\r  c", "a\nb\nc")]
    [InlineData("\n   \n  a\n      \n  b", "a\n    \nb")]
    public void Dedent_RawValue_FollowsBlockStringValue(string raw, string expected)
    {
        Assert.Equal(expected, BlockString.Dedent(raw));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("a\nb")]
    [InlineData("  indented first\nsecond")]
    [InlineData("\"quoted\"")]
    [InlineData("back\\")]
    [InlineData("has \"\"\" quotes")]
    [InlineData("line\n  with indent\nend")]
    public void Print_ThenDedent_GivesTheValueBack(string value)
    {
        var printed = BlockString.Print(value);

        Assert.StartsWith("\"\"\"", printed, StringComparison.Ordinal);
        var raw = printed[3..^3].Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal);
        Assert.Equal(value, BlockString.Dedent(raw));
    }

    [Fact]
    public void Print_LongSingleLine_IsPutOnItsOwnLine()
    {
        var value = new string('x', 71);

        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
        Assert.Equal("\"\"\"" + value[1..] + "\"\"\"", BlockString.Print(value[1..]));
    }
}
