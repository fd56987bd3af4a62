using Discogsography.Pipeline.Extraction.Download;

namespace Discogsography.Pipeline.Tests.Extraction.Download;

public sealed class DumpSourceOptionsTests
{
    [Fact]
    public void Defaults_MatchTheDocumentedValues()
    {
        var options = new DumpSourceOptions();

        Assert.Equal(new Uri("https://data.discogs.com/"), options.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MinimumRequestInterval);
        Assert.Equal(5, options.MaxAttempts);
        Assert.False(options.AllowUnverified);
        Assert.Equal(2, options.RetentionMonths);
        Assert.Matches(@"^Discogsography/\S+ \(\+https://", options.EffectiveUserAgent);
        Assert.Equal(new[] { 0, 5, 25, 75, 375 }.Select(m => TimeSpan.FromMinutes(m)), options.EffectiveRetryDelays);
    }

    [Fact]
    public void DelayBeforeAttempt_PastTheSchedule_RepeatsItsLastValue()
    {
        var options = new DumpSourceOptions { RetryDelays = [TimeSpan.Zero, TimeSpan.FromMinutes(1)] };

        Assert.Equal(TimeSpan.Zero, options.DelayBeforeAttempt(1));
        Assert.Equal(TimeSpan.FromMinutes(1), options.DelayBeforeAttempt(2));
        Assert.Equal(TimeSpan.FromMinutes(1), options.DelayBeforeAttempt(7));
    }

    [Fact]
    public void Validate_BrokenSettings_ListsEveryProblem()
    {
        var options = new DumpSourceOptions
        {
            BaseUrl = new Uri("ftp://example.org/"),
            Root = " ",
            MaxAttempts = 0,
            RetentionMonths = -1,
            RetryDelays = [TimeSpan.FromMinutes(-1)],
        };

        var result = new DumpSourceOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(5, result.Failures!.Count());
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new DumpSourceOptionsValidator().Validate(null, new DumpSourceOptions()).Succeeded);
    }
}
