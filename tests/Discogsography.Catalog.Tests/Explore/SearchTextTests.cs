using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.Tests.Explore;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Björk", "bjork")]
    [InlineData("Håkan Lidbo", "hakan lidbo")]
    [InlineData("Pépé Bradock", "pepe bradock")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Vladimir Đurđev", "vladimir durdev")]
    [InlineData("Balthasar Spieß", "balthasar spiess")]
    [InlineData("Ærøskøbing", "aeroskobing")]
    [InlineData("  AC/DC -- Live!  ", "ac dc live")]
    [InlineData("Don't Stop", "don t stop")]
    [InlineData("Никита Малинин", "никита малинин")]
    [InlineData("Cafe\u0301", "cafe")]
    [InlineData("", "")]
    public void Fold_Names_AreLowerCasedUnaccentedAndSplitOnPunctuation(string text, string expected) =>
        Assert.Equal(expected, SearchText.Fold(text));

    [Fact]
    public void Words_PunctuationOnly_IsEmpty() => Assert.Empty(SearchText.Words("!!! ---"));
}
