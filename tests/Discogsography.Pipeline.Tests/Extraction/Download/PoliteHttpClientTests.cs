using System.Globalization;
using Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;

namespace Discogsography.Pipeline.Tests.Extraction.Download;

public sealed class PoliteHttpClientTests
{
    [Fact]
    public async Task GetStringAsync_BackToBackRequests_AreSpacedByTheMinimumInterval()
    {
        await using var harness = await DownloadHarness.StartAsync(o => o.MinimumRequestInterval = TimeSpan.FromSeconds(5));

        await harness.Http.GetStringAsync(harness.Site.BaseUri, CancellationToken.None);
        var second = harness.Http.GetStringAsync(harness.Site.BaseUri, CancellationToken.None);
        await harness.Clock.WaitForTimersAsync();
        var requestsBeforeTheInterval = harness.Site.Requests.Count;
        Assert.Equal([TimeSpan.FromSeconds(5)], harness.Clock.PendingDelays);
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        await second;

        Assert.Equal(1, requestsBeforeTheInterval);
        var times = harness.Site.Requests.Select(r => r.At).ToList();
        Assert.Equal(TimeSpan.FromSeconds(5), times[1] - times[0]);
    }

    [Fact]
    public async Task GetStringAsync_AfterTheIntervalPassed_DoesNotWait()
    {
        await using var harness = await DownloadHarness.StartAsync(o => o.MinimumRequestInterval = TimeSpan.FromSeconds(5));

        await harness.Http.GetStringAsync(harness.Site.BaseUri, CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromSeconds(6));
        await harness.Http.GetStringAsync(harness.Site.BaseUri, CancellationToken.None);

        Assert.Equal(2, harness.Site.Requests.Count);
        Assert.Empty(harness.Clock.PendingDelays);
    }

    [Fact]
    public async Task GetStringAsync_429WithRetryAfterSeconds_WaitsThatLongThenRetries()
    {
        await using var harness = await DownloadHarness.StartAsync();
        harness.Site.Throttle(429, "120");

        var page = harness.Http.GetStringAsync(harness.Site.BaseUri, CancellationToken.None);
        await harness.AdvanceThroughAsync(TimeSpan.FromSeconds(120));
        await page;

        var times = harness.Site.Requests.Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.Equal(TimeSpan.FromSeconds(120), times[1] - times[0]);
    }

    [Fact]
    public async Task GetStringAsync_503WithRetryAfterDate_WaitsUntilThatDate()
    {
        await using var harness = await DownloadHarness.StartAsync();
        harness.Site.Throttle(503, harness.Clock.GetUtcNow().AddSeconds(90).ToString("R", CultureInfo.InvariantCulture));

        var page = harness.Http.GetStringAsync(harness.Site.BaseUri, CancellationToken.None);
        await harness.AdvanceThroughAsync(TimeSpan.FromSeconds(90));

        Assert.Contains("Discogs Data", await page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStringAsync_RetryAfterAboveTheCap_WaitsTheCap()
    {
        await using var harness = await DownloadHarness.StartAsync(o => o.MaxRetryAfter = TimeSpan.FromHours(2));
        harness.Site.Throttle(429, "86400");

        var page = harness.Http.GetStringAsync(harness.Site.BaseUri, CancellationToken.None);
        await harness.AdvanceThroughAsync(TimeSpan.FromHours(2));
        await page;

        Assert.Equal(2, harness.Site.Requests.Count);
    }

    [Fact]
    public async Task GetStringAsync_ThrottledMoreThanAllowed_Throws()
    {
        await using var harness = await DownloadHarness.StartAsync(o => o.MaxThrottledRetries = 2);
        harness.Site.Throttle(429, null, times: 3);

        var page = harness.Http.GetStringAsync(harness.Site.BaseUri, CancellationToken.None);
        await harness.AdvanceThroughAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => page);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(3, harness.Site.Requests.Count);
    }

    [Fact]
    public async Task GetStringAsync_AnyRequest_SendsTheDescriptiveUserAgent()
    {
        await using var harness = await DownloadHarness.StartAsync(o => o.UserAgent = "Discogsography/9.9 (+https://example.org/ops)");

        await harness.Http.GetStringAsync(harness.Site.BaseUri, CancellationToken.None);

        Assert.Equal("Discogsography/9.9 (+https://example.org/ops)", harness.Site.Requests.Single().UserAgent);
    }
}
