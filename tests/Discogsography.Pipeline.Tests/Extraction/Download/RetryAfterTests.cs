using System.Net.Http.Headers;
using Discogsography.Pipeline.Extraction.Download;

namespace Discogsography.Pipeline.Tests.Extraction.Download;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_DeltaSeconds_ReturnsThem()
    {
        Assert.Equal(TimeSpan.FromSeconds(120), RetryAfter.Read(RetryConditionHeaderValue.Parse("120"), Now));
    }

    [Fact]
    public void Read_HttpDate_ReturnsTheTimeUntilIt()
    {
        var header = RetryConditionHeaderValue.Parse(Now.AddSeconds(90).ToString("R", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfter.Read(header, Now));
    }

    [Fact]
    public void Read_DateInThePast_ReturnsZero()
    {
        var header = RetryConditionHeaderValue.Parse(Now.AddMinutes(-5).ToString("R", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.Zero, RetryAfter.Read(header, Now));
    }

    [Fact]
    public void Read_NoHeader_ReturnsNull()
    {
        Assert.Null(RetryAfter.Read(null, Now));
    }

    [Fact]
    public void Wait_ServerValueAboveTheCap_IsCapped()
    {
        Assert.Equal(TimeSpan.FromHours(2), RetryAfter.Wait(TimeSpan.FromDays(1), 1, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Wait_NoServerValue_DoublesFromThirtySeconds()
    {
        var cap = TimeSpan.FromHours(2);

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.Wait(null, 1, cap));
        Assert.Equal(TimeSpan.FromSeconds(60), RetryAfter.Wait(null, 2, cap));
        Assert.Equal(TimeSpan.FromSeconds(240), RetryAfter.Wait(null, 4, cap));
        Assert.Equal(cap, RetryAfter.Wait(null, 12, cap));
    }
}
