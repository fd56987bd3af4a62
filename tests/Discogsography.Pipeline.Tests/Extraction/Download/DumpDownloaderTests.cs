using System.Security.Cryptography;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Extraction.Download;
using Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;
using Discogsography.Tests.Shared;

namespace Discogsography.Pipeline.Tests.Extraction.Download;

public sealed class DumpDownloaderTests
{
    private const string Releases = "discogs_20200806_releases.xml.gz";
    private const string Checksum = "discogs_20200806_CHECKSUM.txt";

    [SharedDataFact]
    public async Task DownloadAsync_RealSamples_StoresFourVerifiedFilesMatchingTheChecksumFile()
    {
        await using var harness = await DownloadHarness.StartAsync();
        var dump = await harness.FindSamplesAsync();
        var progress = new RecordingProgress();

        var downloaded = await harness.Downloader.DownloadAsync(dump, progress, CancellationToken.None);

        var expected = SharedData.SampleChecksums();
        Assert.Equal(4, downloaded.Files.Count);
        foreach (var file in downloaded.Files)
        {
            Assert.True(file.IsVerified);
            Assert.Equal(expected[file.Name], file.Sha256);
            Assert.Equal(expected[file.Name], Hash(file.Path));
            Assert.Equal(Path.Combine(harness.Root, file.Name), file.Path);
        }

        Assert.Empty(Directory.GetFiles(harness.Root, "*.partial"));
        var releasesDone = Assert.Single(progress.Reports, r => r.FileName == Releases && r.Completed);
        Assert.Equal(new FileInfo(SharedData.SampleFile(DumpType.Releases)).Length, releasesDone.BytesReceived);
    }

    [SharedDataFact]
    public async Task DownloadAsync_ConnectionCutMidBody_ResumesWithRangeAndEndsWithTheRightHash()
    {
        await using var harness = await DownloadHarness.StartAsync();
        var dump = await harness.FindSamplesAsync();
        harness.Site.CutAfter(Releases, 300_000);

        var download = harness.Downloader.DownloadAsync(dump, null, CancellationToken.None);
        await harness.AdvanceThroughAsync(TimeSpan.FromMinutes(5));
        var downloaded = await download;

        var requests = harness.Site.DownloadsOf(Releases);
        Assert.Equal(2, requests.Count);
        Assert.Null(requests[0].Range);
        Assert.NotNull(requests[1].Range);
        var resumedAt = long.Parse(requests[1].Range!["bytes=".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(resumedAt, 1, 300_000);
        var releases = Assert.Single(downloaded.Files, f => f.Name == Releases);
        Assert.Equal(SharedData.SampleChecksums()[Releases], Hash(releases.Path));
    }

    [SharedDataFact]
    public async Task DownloadAsync_ServerIgnoresTheRange_StartsOverAndEndsWithTheRightHash()
    {
        await using var harness = await DownloadHarness.StartAsync();
        var dump = await harness.FindSamplesAsync();
        harness.Site.CutAfter(Releases, 200_000);
        harness.Site.IgnoreRange(Releases);

        var download = harness.Downloader.DownloadAsync(dump, null, CancellationToken.None);
        await harness.AdvanceThroughAsync(TimeSpan.FromMinutes(5));
        var downloaded = await download;

        Assert.NotNull(harness.Site.DownloadsOf(Releases)[1].Range);
        Assert.Equal(SharedData.SampleChecksums()[Releases], Hash(downloaded.Files.Single(f => f.Name == Releases).Path));
    }

    [SharedDataFact]
    public async Task DownloadAsync_BodyStalls_TimesOutAndResumesOnTheNextAttempt()
    {
        await using var harness = await DownloadHarness.StartAsync(o => o.ReadTimeout = TimeSpan.FromSeconds(1));
        var dump = await harness.FindSamplesAsync();
        harness.Site.StallAfter(Releases, 100_000);

        var download = harness.Downloader.DownloadAsync(dump, null, CancellationToken.None);
        await harness.AdvanceThroughAsync(TimeSpan.FromMinutes(5));
        var downloaded = await download;

        var requests = harness.Site.DownloadsOf(Releases);
        Assert.Equal(2, requests.Count);
        Assert.Equal("bytes=100000-", requests[1].Range);
        Assert.Equal(SharedData.SampleChecksums()[Releases], downloaded.Files.Single(f => f.Name == Releases).Sha256);
    }

    [SharedDataFact]
    public async Task DownloadAsync_ChecksumMismatch_DeletesAndDownloadsAgain()
    {
        await using var harness = await DownloadHarness.StartAsync();
        var dump = await harness.FindSamplesAsync();
        harness.Site.Corrupt(Releases);

        var download = harness.Downloader.DownloadAsync(dump, null, CancellationToken.None);
        await harness.AdvanceThroughAsync(TimeSpan.FromMinutes(5));
        var downloaded = await download;

        var requests = harness.Site.DownloadsOf(Releases);
        Assert.Equal(2, requests.Count);
        Assert.Null(requests[1].Range);
        Assert.Equal(SharedData.SampleChecksums()[Releases], downloaded.Files.Single(f => f.Name == Releases).Sha256);
        Assert.Empty(Directory.GetFiles(harness.Root, "*.partial"));
    }

    [SharedDataFact]
    public async Task DownloadAsync_EveryAttemptCut_WaitsTheScheduleThenFailsAfterFiveAttempts()
    {
        await using var harness = await DownloadHarness.StartAsync();
        var dump = await harness.FindSamplesAsync();
        harness.Site.CutAfter(Releases, 1_000, times: 5);
        var started = harness.Clock.GetUtcNow();

        var download = harness.Downloader.DownloadAsync(dump, null, CancellationToken.None);
        await harness.AdvanceThroughAsync(
            TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(75), TimeSpan.FromMinutes(375));

        var error = await Assert.ThrowsAsync<DumpDownloadException>(() => download);
        Assert.Contains("5 download attempts", error.Message, StringComparison.Ordinal);
        var attempts = harness.Site.DownloadsOf(Releases);
        Assert.Equal(5, attempts.Count);
        Assert.Equal(
            new[] { 0, 5, 30, 105, 480 }.Select(m => started + TimeSpan.FromMinutes(m)),
            attempts.Select(a => a.At));
        Assert.Empty(harness.Clock.PendingDelays);
    }

    [SharedDataFact]
    public async Task DownloadAsync_FileMissingFromTheChecksumFile_IsRefused()
    {
        await using var harness = await DownloadHarness.StartAsync();
        var dump = await harness.FindSamplesAsync();
        harness.Site.AddFile(2020, Checksum, WithoutLine(Releases));

        var error = await Assert.ThrowsAsync<DumpVerificationException>(() => harness.Downloader.DownloadAsync(dump, null, CancellationToken.None));

        Assert.Contains(Releases, error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Site.DownloadsOf(Releases));
    }

    [SharedDataFact]
    public async Task DownloadAsync_FileMissingFromTheChecksumFileButUnverifiedAllowed_IsHandedOverUnverified()
    {
        await using var harness = await DownloadHarness.StartAsync(o => o.AllowUnverified = true);
        var dump = await harness.FindSamplesAsync();
        harness.Site.AddFile(2020, Checksum, WithoutLine(Releases));

        var downloaded = await harness.Downloader.DownloadAsync(dump, null, CancellationToken.None);

        Assert.False(downloaded.Files.Single(f => f.Name == Releases).IsVerified);
        Assert.All(downloaded.Files.Where(f => f.Name != Releases), f => Assert.True(f.IsVerified));
    }

    [SharedDataFact]
    public async Task DownloadAsync_UnreadableChecksumFile_RefusesEveryFileUnlessUnverifiedAllowed()
    {
        await using var strict = await DownloadHarness.StartAsync();
        await using var lenient = await DownloadHarness.StartAsync(o => o.AllowUnverified = true);
        var strictDump = await strict.FindSamplesAsync();
        var lenientDump = await lenient.FindSamplesAsync();
        var garbage = System.Text.Encoding.UTF8.GetBytes("<html>Access Denied</html>");
        strict.Site.AddFile(2020, Checksum, garbage);
        lenient.Site.AddFile(2020, Checksum, garbage);

        await Assert.ThrowsAsync<DumpVerificationException>(() => strict.Downloader.DownloadAsync(strictDump, null, CancellationToken.None));
        var downloaded = await lenient.Downloader.DownloadAsync(lenientDump, null, CancellationToken.None);

        Assert.Empty(strict.Site.DownloadsOf(Releases));
        Assert.All(downloaded.Files, f => Assert.False(f.IsVerified));
        Assert.False(File.Exists(Path.Combine(lenient.Root, Checksum)));
    }

    [SharedDataFact]
    public async Task DownloadAsync_FilesAlreadyPresentAndVerified_AreNotDownloadedAgain()
    {
        await using var harness = await DownloadHarness.StartAsync();
        var dump = await harness.FindSamplesAsync();
        await harness.Downloader.DownloadAsync(dump, null, CancellationToken.None);
        var requestsAfterFirstRun = harness.Site.Requests.Count;

        var again = await harness.Downloader.DownloadAsync(dump, null, CancellationToken.None);

        Assert.Equal(requestsAfterFirstRun, harness.Site.Requests.Count);
        Assert.All(again.Files, f => Assert.True(f.IsVerified));
    }

    [SharedDataFact]
    public async Task DownloadAsync_PresentFileDamaged_IsDownloadedAgain()
    {
        await using var harness = await DownloadHarness.StartAsync();
        var dump = await harness.FindSamplesAsync();
        await harness.Downloader.DownloadAsync(dump, null, CancellationToken.None);
        await File.AppendAllTextAsync(Path.Combine(harness.Root, Releases), "damage");

        var again = await harness.Downloader.DownloadAsync(dump, null, CancellationToken.None);

        Assert.Equal(2, harness.Site.DownloadsOf(Releases).Count);
        Assert.Equal(SharedData.SampleChecksums()[Releases], Hash(again.Files.Single(f => f.Name == Releases).Path));
    }

    private static byte[] WithoutLine(string name) =>
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
            File.ReadAllLines(Path.Combine(SharedData.SampleFolder, "CHECKSUM.txt")).Where(line => !line.EndsWith(name, StringComparison.Ordinal))));

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
