using Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;

namespace Discogsography.Pipeline.Tests.Extraction.Discovery;

public sealed class DiscogsSiteDumpSourceTests
{
    [Fact]
    public async Task FindLatestAsync_NewestMonthIncomplete_PicksTheNewestCompleteMonth()
    {
        await using var harness = await DownloadHarness.StartAsync();
        Publish(harness.Site, 2020, "20200901", "artists", "labels", "masters", "CHECKSUM");
        Publish(harness.Site, 2020, "20200801", "artists", "labels", "masters", "releases", "CHECKSUM");
        Publish(harness.Site, 2019, "20191201", "artists", "labels", "masters", "releases", "CHECKSUM");

        var dump = await harness.SiteSource.FindLatestAsync(CancellationToken.None);

        Assert.NotNull(dump);
        Assert.Equal("20200801", dump.Month.Version);
        Assert.Equal(
            new Uri(harness.Site.BaseUri, "?download=data%2F2020%2Fdiscogs_20200801_releases.xml.gz"),
            dump.DataFiles.Single(f => f.Name == "discogs_20200801_releases.xml.gz").Location);
    }

    [Fact]
    public async Task FindLatestAsync_NewestYearHasNoCompleteMonth_FallsBackToThePreviousYear()
    {
        await using var harness = await DownloadHarness.StartAsync();
        Publish(harness.Site, 2021, "20210101", "artists", "CHECKSUM");
        Publish(harness.Site, 2020, "20201201", "artists", "labels", "masters", "releases", "CHECKSUM");

        var dump = await harness.SiteSource.FindLatestAsync(CancellationToken.None);

        Assert.Equal("20201201", dump?.Month.Version);
    }

    [Fact]
    public async Task FindLatestAsync_ThreeYearsListed_ReadsOnlyTheTwoNewest()
    {
        await using var harness = await DownloadHarness.StartAsync();
        Publish(harness.Site, 2021, "20210101", "artists");
        Publish(harness.Site, 2020, "20200101", "labels");
        Publish(harness.Site, 2019, "20191201", "artists", "labels", "masters", "releases", "CHECKSUM");

        var dump = await harness.SiteSource.FindLatestAsync(CancellationToken.None);

        Assert.Null(dump);
        Assert.Equal(["data/2021/", "data/2020/"], harness.Site.Requests.Where(r => r.Prefix is not null).Select(r => r.Prefix));
    }

    private static void Publish(FakeDumpSite site, int year, string version, params string[] types)
    {
        foreach (var type in types)
        {
            var name = type == "CHECKSUM" ? $"discogs_{version}_CHECKSUM.txt" : $"discogs_{version}_{type}.xml.gz";
            site.AddFile(year, name, System.Text.Encoding.UTF8.GetBytes(name));
        }
    }
}
