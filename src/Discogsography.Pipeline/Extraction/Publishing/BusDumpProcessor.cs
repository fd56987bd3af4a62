using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Extraction.Discovery;
using Discogsography.Pipeline.Extraction.Download;
using Discogsography.Pipeline.Extraction.Scheduling;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>
/// The scheduler's processing step: publishes a downloaded month to the bus with <see cref="DumpPublisher"/>,
/// resuming from the state markers next to the files (or in <see cref="DumpPublisherOptions.StateDirectory"/>).
/// </summary>
/// <param name="publisher">Publishes the files.</param>
/// <param name="options">Where the markers live.</param>
internal sealed class BusDumpProcessor(DumpPublisher publisher, IOptions<DumpPublisherOptions> options) : IDumpProcessor
{
    /// <summary>Statistics: records per type (<c>artists</c>, ...) and malformed records per type (<c>artists_malformed</c>, ...).</summary>
    public async Task<IReadOnlyDictionary<string, long>> ProcessAsync(DumpMonth month, IReadOnlyList<DownloadedFile> files, CancellationToken cancellationToken)
    {
        DumpSourceFile[] sources = [.. files
            .Where(f => f.Type != DumpFileType.Checksum)
            .Select(f => new DumpSourceFile(DumpReader.TypeFromFileName(f.Name), f.Path, f.Sha256))
            .OrderBy(f => f.Type)];
        if (sources.Length == 0)
        {
            throw new ArgumentException("No data file to process.", nameof(files));
        }

        string stateDirectory = options.Value.StateDirectory ?? Path.GetDirectoryName(Path.GetFullPath(sources[0].Path))!;
        DumpPublishResult result = await publisher.PublishVersionAsync(month.Version, sources, stateDirectory, DumpReaderOptions.Default, progress: null, cancellationToken).ConfigureAwait(false);
        var statistics = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (FilePublishResult file in result.Files)
        {
            statistics[file.Type.FileToken()] = file.TotalRecords;
            statistics[file.Type.FileToken() + "_malformed"] = file.Malformed;
        }

        return statistics;
    }
}
