using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation;

public sealed class SuggestionsTests
{
    [Fact]
    public void List_CloseOptions_OrdersByDistanceThenNaturally() =>
        Assert.Equal(["abc", "ab2", "abcd", "ab10"], Suggestions.List("abc", ["xyz", "abcd", "ab10", "ab2", "abc"]));

    [Fact]
    public void NaturalCompare_DigitRuns_CompareAsNumbers()
    {
        Assert.True(Suggestions.NaturalCompare("ab10", "ab9") > 0);
        Assert.True(Suggestions.NaturalCompare("ab9", "ab10") < 0);
        Assert.Equal(0, Suggestions.NaturalCompare("ab10", "ab10"));
    }

    [Fact]
    public void List_CaseOnlyDifference_CountsAsOneEdit() => Assert.Equal(["NAME", "nam"], Suggestions.List("name", ["nam", "NAME", "other"]));

    [Fact]
    public void List_Transposition_CountsAsOneEdit() => Assert.Equal(["ab"], Suggestions.List("ba", ["ab", "xy"]));

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, " Did you mean \"a\"?")]
    [InlineData(new[] { "a", "b" }, " Did you mean \"a\" or \"b\"?")]
    [InlineData(new[] { "a", "b", "c", "d", "e", "f" }, " Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?")]
    public void DidYouMean_Suggestions_WordsThemLikeGraphQLJs(string[] suggestions, string expected) =>
        Assert.Equal(expected, Suggestions.DidYouMean(suggestions));

    [Fact]
    public void DidYouMean_WithSubMessage_PutsItFirst() =>
        Assert.Equal(" Did you mean to use an inline fragment on \"Dog\"?", Suggestions.DidYouMean("to use an inline fragment on", ["Dog"]));
}
