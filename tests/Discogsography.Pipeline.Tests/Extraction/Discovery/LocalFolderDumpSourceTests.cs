using Discogsography.Pipeline.Extraction.Discovery;
using Discogsography.Pipeline.Extraction.Download;
using Discogsography.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Tests.Extraction.Discovery;

public sealed class LocalFolderDumpSourceTests
{
    [SharedDataFact]
    public async Task FetchAsync_RealSampleFolder_VerifiesTheFilesInPlace()
    {
        var source = Source(SharedData.SampleFolder, allowUnverified: false);

        var dump = await source.FindLatestAsync(CancellationToken.None);
        var fetched = await source.FetchAsync(dump!, null, CancellationToken.None);

        Assert.Equal("20200806", dump!.Month.Version);
        var expected = SharedData.SampleChecksums();
        Assert.All(fetched.Files, f =>
        {
            Assert.True(f.IsVerified);
            Assert.Equal(expected[f.Name], f.Sha256);
            Assert.Equal(Path.Combine(SharedData.SampleFolder, f.Name), f.Path);
        });
    }

    [SharedDataFact]
    public async Task FetchAsync_CorruptFile_IsRefused()
    {
        using var folder = CopyOfSamples();
        await File.AppendAllTextAsync(Path.Combine(folder.Path, "discogs_20200806_labels.xml.gz"), "x");
        var source = Source(folder.Path, allowUnverified: true);

        var dump = await source.FindLatestAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<DumpVerificationException>(() => source.FetchAsync(dump!, null, CancellationToken.None));
        Assert.Contains("discogs_20200806_labels.xml.gz", error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task FetchAsync_NoChecksumEntry_IsRefusedUnlessUnverifiedFilesAreAllowed()
    {
        using var folder = CopyOfSamples();
        var checksum = Path.Combine(folder.Path, "CHECKSUM.txt");
        await File.WriteAllLinesAsync(checksum, (await File.ReadAllLinesAsync(checksum)).Where(l => !l.Contains("masters", StringComparison.Ordinal)));

        var strict = Source(folder.Path, allowUnverified: false);
        var lenient = Source(folder.Path, allowUnverified: true);
        var dump = await strict.FindLatestAsync(CancellationToken.None);

        await Assert.ThrowsAsync<DumpVerificationException>(() => strict.FetchAsync(dump!, null, CancellationToken.None));
        var fetched = await lenient.FetchAsync(dump!, null, CancellationToken.None);
        Assert.False(fetched.Files.Single(f => f.Type == DumpFileType.Masters).IsVerified);
        Assert.True(fetched.Files.Single(f => f.Type == DumpFileType.Artists).IsVerified);
    }

    [SharedDataFact]
    public async Task FindLatestAsync_NoChecksumFile_FindsNoCompleteDump()
    {
        using var folder = CopyOfSamples();
        File.Delete(Path.Combine(folder.Path, "CHECKSUM.txt"));

        Assert.Null(await Source(folder.Path, allowUnverified: false).FindLatestAsync(CancellationToken.None));
    }

    private static LocalFolderDumpSource Source(string folder, bool allowUnverified) =>
        new(Options.Create(new DumpSourceOptions { LocalFolder = folder, AllowUnverified = allowUnverified }), NullLogger<LocalFolderDumpSource>.Instance);

    private static TemporaryFolder CopyOfSamples()
    {
        var samples = Directory.GetFiles(SharedData.SampleFolder);
        var folder = new TemporaryFolder();
        foreach (var file in samples)
        {
            var target = Path.Combine(folder.Path, Path.GetFileName(file));
            File.Copy(file, target);
            File.SetAttributes(target, FileAttributes.Normal);
        }

        return folder;
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("discogsography-local-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
