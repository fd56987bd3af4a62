using Discogsography.Pipeline.Extraction.Download;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>
/// Dumps from a local folder (embedded mode, operators with files already at hand): files named as on the data
/// site; the checksum file is <c>discogs_YYYYMMDD_CHECKSUM.txt</c> or, for a folder holding one dump,
/// <c>CHECKSUM.txt</c>. Files are verified in place and never copied or deleted.
/// </summary>
internal sealed class LocalFolderDumpSource(IOptions<DumpSourceOptions> options, ILogger<LocalFolderDumpSource> logger) : IDumpSource
{
    private const string PlainChecksumName = "CHECKSUM.txt";

    private readonly DumpSourceOptions _options = options.Value;

    private string Folder => _options.LocalFolder ?? throw new InvalidOperationException("Dumps:LocalFolder is not set.");

    public Task<PublishedDump?> FindLatestAsync(CancellationToken cancellationToken)
    {
        var files = new List<DumpFile>();
        var months = new Dictionary<string, DumpMonth>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(path);
            if (DumpFileName.TryParse(name, out var month, out var type))
            {
                files.Add(new DumpFile { Name = name, Type = type, Location = new Uri(Path.GetFullPath(path)) });
                months.TryAdd(month.Version, month);
            }
        }

        // CHECKSUM.txt stands in for the checksum file of months that have no dated one.
        var plainChecksum = Path.GetFullPath(Path.Combine(Folder, PlainChecksumName));
        if (File.Exists(plainChecksum))
        {
            foreach (var month in months.Values)
            {
                var name = DumpFileName.For(month, DumpFileType.Checksum);
                if (!files.Any(f => f.Name == name))
                {
                    files.Add(new DumpFile { Name = name, Type = DumpFileType.Checksum, Location = new Uri(plainChecksum) });
                }
            }
        }

        var dump = DumpVersionSelector.SelectNewestComplete(files, out var skipped);
        foreach (var month in skipped)
        {
            Log.IncompleteMonthSkipped(logger, month.Version);
        }

        if (dump is not null)
        {
            Log.NewestDump(logger, dump.Month.Version);
        }

        return Task.FromResult(dump);
    }

    public async Task<DownloadedDump> FetchAsync(PublishedDump dump, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        ChecksumManifest? manifest = null;
        try
        {
            manifest = ChecksumManifest.Parse(await File.ReadAllTextAsync(dump.ChecksumFile.Location.LocalPath, cancellationToken));
        }
        catch (Exception exception) when (exception is IOException or FormatException or UnauthorizedAccessException)
        {
            Log.ChecksumUnreadable(logger, dump.ChecksumFile.Location.LocalPath, exception.Message);
        }

        var files = new List<DownloadedFile>(dump.DataFiles.Count);
        foreach (var file in dump.DataFiles)
        {
            var path = file.Location.LocalPath;
            var sha256 = await FileHasher.Sha256Async(path, cancellationToken);
            var expected = manifest?.Find(file.Name);
            if (expected is not null && expected != sha256)
            {
                throw new DumpVerificationException($"{path} has SHA-256 {sha256}, its CHECKSUM file says {expected}.");
            }

            if (expected is null && !_options.AllowUnverified)
            {
                throw new DumpVerificationException($"{path} has no checksum to verify it against, and unverified files are not allowed (Dumps:AllowUnverified).");
            }

            var length = new FileInfo(path).Length;
            files.Add(new DownloadedFile { Name = file.Name, Type = file.Type, Path = path, Sha256 = sha256, Length = length, IsVerified = expected is not null });
            progress?.Report(new DownloadProgress { FileName = file.Name, BytesReceived = length, TotalBytes = length, BytesPerSecond = 0, Completed = true });
        }

        return new DownloadedDump { Month = dump.Month, Files = files };
    }
}
