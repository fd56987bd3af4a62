using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.Tests.Explore;

public sealed class ExploreArgumentsTests
{
    [Fact]
    public void Expand_EachBrokenRule_HasItsCode()
    {
        Assert.Equal(ExploreErrorCodes.UnknownCategory, Code(() => ExploreArguments.Expand(EntityKind.Artist, new ExpandRequest(ExploreCategory.Styles))));
        Assert.Equal(ExploreErrorCodes.UnknownCategory, Code(() => ExploreArguments.Expand(EntityKind.Release, new ExpandRequest(ExploreCategory.Releases))));
        Assert.Equal(ExploreErrorCodes.FirstOutOfRange, Code(() => ExploreArguments.Expand(EntityKind.Genre, new ExpandRequest(ExploreCategory.Releases, 201))));
        Assert.Equal(ExploreErrorCodes.BeforeYearOutOfRange, Code(() => ExploreArguments.Expand(EntityKind.Genre, new ExpandRequest(ExploreCategory.Releases, BeforeYear: 1899))));
        Assert.Null(ExploreArguments.Expand(EntityKind.Genre, new ExpandRequest(ExploreCategory.Styles, 200, null, 2030)));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("  ab  ")]
    [InlineData(null)]
    public void Query_ShorterThanThreeCharacters_IsTooShort(string? query) =>
        Assert.Equal(ExploreErrorCodes.QueryTooShort, Code(() => ExploreArguments.Query(query)));

    [Fact]
    public void Query_Valid_IsTrimmed() => Assert.Equal("abc", ExploreArguments.Query("  abc "));

    [Theory]
    [InlineData(999, null)]
    [InlineData(null, 10_000)]
    [InlineData(2001, 2000)]
    public void YearBounds_OutOfRangeOrInverted_AreRejected(int? from, int? to) =>
        Assert.Equal(ExploreErrorCodes.YearOutOfRange, Code(() => ExploreArguments.YearBounds(from, to)));

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void MaxDepth_OutsideOneToTen_IsRejected(int depth) =>
        Assert.Equal(ExploreErrorCodes.MaxDepthOutOfRange, Code(() => ExploreArguments.MaxDepth(depth)));

    [Fact]
    public void Parse_CategoryKeys_AreCaseInsensitiveAndCheckedPerKind()
    {
        Assert.Equal(ExploreCategory.Aliases, ExploreCategories.Parse(EntityKind.Artist, " ALIASES "));
        ExploreArgumentException error = Assert.Throws<ExploreArgumentException>(() => ExploreCategories.Parse(EntityKind.Label, "styles"));
        Assert.Equal(ExploreErrorCodes.UnknownCategory, error.Code);
        Assert.Contains("releases, artists, genres", error.Message, StringComparison.Ordinal);
    }

    private static string Code(Action action) => Assert.Throws<ExploreArgumentException>(action).Code;

    private static string Code(Func<object?> action) => Assert.Throws<ExploreArgumentException>(action).Code;
}
