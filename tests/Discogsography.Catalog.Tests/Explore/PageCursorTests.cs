using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.Tests.Explore;

public sealed class PageCursorTests
{
    [Theory]
    [InlineData(1L, 1999L, "42")]
    [InlineData(250L, null, "7")]
    [InlineData(3L, -5L, "Folk, World, & Country|x")]
    public void Decode_EncodedCursor_RoundTrips(long offset, long? sortValue, string tieBreak)
    {
        var cursor = new PageCursor(offset, sortValue, tieBreak);

        Assert.Equal(cursor, PageCursor.Decode(cursor.Encode()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor")]
    [InlineData("YzF8MHx8MQ")]
    [InlineData("eDF8MXx8MQ")]
    public void Decode_Garbage_FailsWithInvalidCursor(string text)
    {
        ExploreArgumentException error = Assert.Throws<ExploreArgumentException>(() => PageCursor.Decode(text));

        Assert.Equal(ExploreErrorCodes.InvalidCursor, error.Code);
    }

    [Fact]
    public void TieBreakId_Name_FailsWithInvalidCursor() =>
        Assert.Equal(ExploreErrorCodes.InvalidCursor, Assert.Throws<ExploreArgumentException>(() => new PageCursor(1, 1, "Rock").TieBreakId()).Code);
}
