using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>
/// Publishes dump files to the bus: each file is parsed on one thread into bounded data messages that another
/// loop publishes with a window of confirms in flight; a state marker per file records the last confirmed
/// record so a run killed at any moment resumes where the broker's confirms left off. After each file comes a
/// <c>file_complete</c>, after all four an <c>extraction_complete</c> (see <c>Bus/Messages/MESSAGES.md</c>).
/// </summary>
public sealed partial class DumpPublisher
{
    private readonly IMessageBus _bus;
    private readonly BusOptions _busOptions;
    private readonly DumpPublisherOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the publisher.</summary>
    /// <param name="bus">The bus to publish to.</param>
    /// <param name="busOptions">Batch bounds and the confirm window.</param>
    /// <param name="options">Marker location and cadence.</param>
    /// <param name="time">The clock for marker and message timestamps.</param>
    /// <param name="logger">The logger.</param>
    public DumpPublisher(IMessageBus bus, IOptions<BusOptions> busOptions, IOptions<DumpPublisherOptions> options, TimeProvider time, ILogger<DumpPublisher> logger)
    {
        _bus = bus;
        _busOptions = busOptions.Value;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Publishes the newest dump version in <paramref name="folder"/> that has every requested file, resuming
    /// each file from its marker and skipping completed ones. Sends <c>extraction_complete</c> when the four
    /// types were requested and all are complete, once per version.
    /// </summary>
    /// <param name="folder">The folder holding <c>discogs_YYYYMMDD_&lt;type&gt;.xml.gz</c> (and <c>discogs_YYYYMMDD_CHECKSUM.txt</c>).</param>
    /// <param name="types">The types to publish; null for all four.</param>
    /// <param name="readerOptions">Options of the dump reader (error budget, data-quality rules, ...).</param>
    /// <param name="progress">Receives progress of the file being published; may be null.</param>
    /// <param name="cancellationToken">Stops publishing; the markers keep what was confirmed.</param>
    public async Task<DumpPublishResult> PublishFolderAsync(
        string folder,
        IReadOnlyCollection<DumpType>? types,
        DumpReaderOptions readerOptions,
        IProgress<DumpPublishProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(readerOptions);
        IReadOnlyCollection<DumpType> requested = types is { Count: > 0 } ? types : DumpTypeExtensions.All;
        var dump = DumpFolder.Find(folder, requested);
        return await PublishVersionAsync(dump.Version, dump.Files, _options.StateDirectory ?? folder, readerOptions, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes one dump file (resuming from its marker) and its <c>file_complete</c>; no <c>extraction_complete</c>.</summary>
    /// <param name="path">The dump file, named <c>discogs_YYYYMMDD_&lt;type&gt;.xml.gz</c>.</param>
    /// <param name="readerOptions">Options of the dump reader.</param>
    /// <param name="progress">Receives progress; may be null.</param>
    /// <param name="cancellationToken">Stops publishing; the marker keeps what was confirmed.</param>
    public async Task<FilePublishResult> PublishFileAsync(string path, DumpReaderOptions readerOptions, IProgress<DumpPublishProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(readerOptions);
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string name = Path.GetFileName(path);
        string version = name.Split('_') is [_, string v, ..] ? v : "";
        string? published = DumpFolder.ChecksumsOf(folder, version).GetValueOrDefault(name);
        var file = new DumpSourceFile(DumpReader.TypeFromFileName(name), path, published);
        await _bus.DeclareTopologyAsync(cancellationToken).ConfigureAwait(false);
        return await PublishFileAsync(file, new MarkerStore(_options.StateDirectory ?? folder, _logger), readerOptions, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes the files of one version in order, then <c>extraction_complete</c> when they are the four types.</summary>
    internal async Task<DumpPublishResult> PublishVersionAsync(
        string version,
        IReadOnlyList<DumpSourceFile> files,
        string stateDirectory,
        DumpReaderOptions readerOptions,
        IProgress<DumpPublishProgress>? progress,
        CancellationToken cancellationToken)
    {
        var store = new MarkerStore(stateDirectory, _logger);
        string versionPath = store.VersionMarkerPath(version);
        ExtractionMarker marker = store.Load<ExtractionMarker>(versionPath)
            ?? new ExtractionMarker { Version = version, Status = PublishStatus.Pending, StartedAt = _time.GetUtcNow() };
        if (marker.Status is PublishStatus.Pending or PublishStatus.Failed)
        {
            store.Save(versionPath, marker = marker with { Status = PublishStatus.InProgress });
        }

        await _bus.DeclareTopologyAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<FilePublishResult>();
        foreach (DumpSourceFile file in files)
        {
            results.Add(await PublishFileAsync(file, store, readerOptions, progress, cancellationToken).ConfigureAwait(false));
        }

        if (!DumpTypeExtensions.All.All(t => files.Any(f => f.Type == t)))
        {
            return new DumpPublishResult(version, results, ExtractionCompleteSent: false);
        }

        if (marker.Status == PublishStatus.Completed)
        {
            Log.VersionAlreadyComplete(_logger, version);
            return new DumpPublishResult(version, results, ExtractionCompleteSent: false);
        }

        await SendExtractionCompleteAsync(version, marker.StartedAt, results, cancellationToken).ConfigureAwait(false);
        store.Save(versionPath, marker with { Status = PublishStatus.Completed, CompletedAt = _time.GetUtcNow() });
        Log.ExtractionCompleted(_logger, version);
        return new DumpPublishResult(version, results, ExtractionCompleteSent: true);
    }

    private async Task SendExtractionCompleteAsync(string version, DateTimeOffset startedAt, IReadOnlyList<FilePublishResult> files, CancellationToken cancellationToken)
    {
        var message = new ExtractionCompleteMessage(version, startedAt, _time.GetUtcNow(), files.ToDictionary(f => f.Type, f => f.TotalRecords));
        byte[] body = BusMessageWriter.Write(message);
        await using IBusPublisher publisher = await _bus.OpenPublisherAsync($"discogs_{version}_extraction_complete", cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(DumpTypeExtensions.All.Select(t => publisher.PublishAsync(BusTopology.RoutingKey(t.FileToken()), body, cancellationToken))).ConfigureAwait(false);
    }
}
