using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.Tests.Explore;

public sealed class AutocompleteScoringTests
{
    [Theory]
    [InlineData("bjork", "bjork", AutocompleteScoring.Exact)]
    [InlineData("bjork gudmundsdottir", "bjork", AutocompleteScoring.Prefix)]
    [InlineData("bjorkestra", "bjork", AutocompleteScoring.Prefix)]
    [InlineData("bjorn bjork", "bj bjork", AutocompleteScoring.FirstWordPrefix)]
    [InlineData("the bjork band", "bjork", AutocompleteScoring.WordPrefix)]
    public void Score_Matches_RankExactThenPrefixThenWordPrefix(string name, string query, double expected) =>
        Assert.Equal(expected, AutocompleteScoring.Score(name, query));

    [Theory]
    [InlineData("bjork", "bjorn")]
    [InlineData("the band", "band x")]
    [InlineData("abjork", "bjork")]
    [InlineData("anything", "")]
    public void Score_NotEveryWordPrefixed_IsNull(string name, string query) =>
        Assert.Null(AutocompleteScoring.Score(name, query));

    [Fact]
    public void Order_EqualScores_ShorterNameThenNameThenKindThenKey()
    {
        AutocompleteHit[] hits =
        [
            new(EntityRef.Label(2), "Rock Records", AutocompleteScoring.Prefix),
            new(EntityRef.Artist(9), "Rocker", AutocompleteScoring.Prefix),
            new(EntityRef.Genre("Rock"), "Rock", AutocompleteScoring.Exact),
            new(EntityRef.Artist(3), "Rock Records", AutocompleteScoring.Prefix),
            new(EntityRef.Artist(1), "Rock Records", AutocompleteScoring.Prefix),
        ];

        Assert.Equal(
            [EntityRef.Genre("Rock"), EntityRef.Artist(9), EntityRef.Artist(1), EntityRef.Artist(3), EntityRef.Label(2)],
            AutocompleteScoring.Order(hits).Select(hit => hit.Ref));
    }
}
