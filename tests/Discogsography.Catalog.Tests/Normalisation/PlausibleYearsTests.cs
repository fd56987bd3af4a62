using Discogsography.Catalog.Normalisation;

namespace Discogsography.Catalog.Tests.Normalisation;

public sealed class PlausibleYearsTests
{
    private static readonly PlausibleYears s_years = new(new FixedClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("1999", 1999)]
    [InlineData("1999-03-00", 1999)]
    [InlineData("1999-03-15", 1999)]
    [InlineData("1980s", 1980)]
    [InlineData(" 2001 ", 2001)]
    [InlineData("1860", 1860)]
    [InlineData("2027", 2027)]
    public void FromDate_PlausibleShapes_GiveTheYear(string text, int expected) => Assert.Equal(expected, s_years.FromDate(text));

    [Theory]
    [InlineData("?")]
    [InlineData("200?")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("0197")]
    [InlineData("1859")]
    [InlineData("2028")]
    [InlineData("19")]
    public void FromDate_ImplausibleOrMissing_GivesNull(string? text) => Assert.Null(s_years.FromDate(text));

    [Fact]
    public void Last_FollowsTheClock()
    {
        var years = new PlausibleYears(new FixedClock(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(2032, years.Last);
        Assert.Equal(2032, years.FromDate("2032-01-01"));
    }
}
