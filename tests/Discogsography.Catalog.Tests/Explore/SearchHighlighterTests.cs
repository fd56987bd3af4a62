using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.Tests.Explore;

public sealed class SearchHighlighterTests
{
    [Theory]
    [InlineData("Håkan Lidbo", "hakan", "<b>Håkan</b> Lidbo")]
    [InlineData("Love Me Love", "LOVE", "<b>Love</b> Me <b>Love</b>")]
    [InlineData("Lovely Day", "love", "<b>Lovely</b> Day")]
    [InlineData("Glove", "love", "Glove")]
    [InlineData("A-Ha & Co", "ha co", "A-<b>Ha</b> & <b>Co</b>")]
    public void Highlight_WordsStartingWithAQueryWord_AreMarked(string text, string query, string expected) =>
        Assert.Equal(expected, SearchHighlighter.Highlight(text, query));
}
