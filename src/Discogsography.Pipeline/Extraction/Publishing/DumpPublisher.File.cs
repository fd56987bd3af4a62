using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.Messages;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>The per-file pipeline: reader thread → bounded channel → publisher with a confirm window → marker.</summary>
public sealed partial class DumpPublisher
{
    private async Task<FilePublishResult> PublishFileAsync(DumpSourceFile file, MarkerStore store, DumpReaderOptions readerOptions, IProgress<DumpPublishProgress>? progress, CancellationToken cancellationToken)
    {
        var info = new FileInfo(file.Path);
        string markerPath = store.FileMarkerPath(file.Name);
        PublishMarker? loaded = store.Load<PublishMarker>(markerPath);
        if (loaded is not null && !loaded.Describes(info, file.PublishedSha256))
        {
            Log.MarkerReset(_logger, file.Name);
            loaded = null;
        }

        PublishMarker marker = loaded ?? PublishMarker.Start(info, file.PublishedSha256, _time.GetUtcNow());
        if (marker.Status == PublishStatus.Completed)
        {
            Log.FileAlreadyComplete(_logger, file.Name);
            return new FilePublishResult(file.Type, file.Name, marker.TotalRecords ?? marker.RecordsPublished, 0, 0, 0, AlreadyComplete: true);
        }

        long resumeAfter = marker.LastConfirmedOrdinal;
        store.Save(markerPath, marker = marker with { Status = PublishStatus.InProgress, UpdatedAt = _time.GetUtcNow(), Error = null });
        Log.FileStarted(_logger, file.Name, file.Type, resumeAfter);

        var stopwatch = Stopwatch.StartNew();
        var report = new DumpReadReport();
        string routingKey = BusTopology.RoutingKey(file.Type.FileToken());
        Channel<OutgoingBatch> batches = Channel.CreateBounded<OutgoingBatch>(new BoundedChannelOptions(_options.ReadAhead)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var source = new HashingReadStream(new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
        Task<long> reader = Task.Run(() => ReadBatchesAsync(source, file.Type, readerOptions, report, resumeAfter, batches.Writer, reading.Token), CancellationToken.None);

        long publishedThisRun = 0;
        DateTimeOffset lastSave = _time.GetUtcNow();
        DateTimeOffset lastReport = lastSave;
        PublishMarker saved = marker;
        var markers = new MarkerWriter(store, markerPath);
        var pace = new PublishPace(_options.MaxBatchesPerSecond, _time);
        var window = new ConfirmWindow<OutgoingBatch>(_busOptions.ConfirmWindow, batch =>
        {
            publishedThisRun += batch.Count;
            marker = marker with
            {
                LastConfirmedOrdinal = batch.LastOrdinal,
                RecordsPublished = marker.RecordsPublished + batch.Count,
                BatchesConfirmed = marker.BatchesConfirmed + 1,
            };
            ArrayPool<byte>.Shared.Return(batch.Body.Array!);
        });

        try
        {
            await using IBusPublisher publisher = await _bus.OpenPublisherAsync(file.Name, cancellationToken).ConfigureAwait(false);
            await foreach (OutgoingBatch batch in batches.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await pace.WaitAsync(cancellationToken).ConfigureAwait(false);
                await window.AddAsync(publisher.PublishAsync(routingKey, batch.Body, cancellationToken), batch).ConfigureAwait(false);
                DateTimeOffset now = _time.GetUtcNow();
                if (!ReferenceEquals(marker, saved) && now - lastSave >= _options.MarkerSaveInterval)
                {
                    markers.Post(saved = marker with { UpdatedAt = now });
                    marker = saved;
                    lastSave = now;
                }

                if (progress is not null && now - lastReport >= _options.ProgressInterval)
                {
                    progress.Report(new DumpPublishProgress(file.Type, file.Name, report.Records, marker.RecordsPublished, report.XmlBytes) { SourceBytes = report.SourceBytes });
                    lastReport = now;
                }
            }

            long resumedPast = await reader.ConfigureAwait(false);
            await window.DrainAsync().ConfigureAwait(false);
            await markers.CompleteAsync().ConfigureAwait(false);
            store.Save(markerPath, marker = marker with { UpdatedAt = _time.GetUtcNow() });

            string sha256 = source.Finish();
            if (file.PublishedSha256 is { } expected && !string.Equals(expected, sha256, StringComparison.OrdinalIgnoreCase))
            {
                Log.ChecksumMismatch(_logger, file.Name, sha256, expected);
            }

            var complete = new FileCompleteMessage(file.Type, file.Name, sha256, info.Length, report.Records, report.Skipped, report.SkippedByRules, _time.GetUtcNow());
            await publisher.PublishAsync(routingKey, BusMessageWriter.Write(complete), cancellationToken).ConfigureAwait(false);
            store.Save(markerPath, marker = marker with
            {
                Status = PublishStatus.Completed,
                TotalRecords = report.Records,
                FileSha256 = sha256,
                CompletedAt = complete.Timestamp,
                UpdatedAt = complete.Timestamp,
            });
            progress?.Report(new DumpPublishProgress(file.Type, file.Name, report.Records, marker.RecordsPublished, report.XmlBytes) { SourceBytes = info.Length });
            Log.FileCompleted(_logger, file.Name, report.Records, publishedThisRun, resumedPast, report.Skipped, stopwatch.Elapsed);
            return new FilePublishResult(file.Type, file.Name, report.Records, publishedThisRun, resumedPast, report.Skipped, AlreadyComplete: false);
        }
        catch (Exception exception)
        {
            await reading.CancelAsync().ConfigureAwait(false);
            await ObserveAsync(reader).ConfigureAwait(false);
            await ObserveAsync(markers.CompleteAsync()).ConfigureAwait(false);
            bool stopped = exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
            store.Save(markerPath, marker with
            {
                Status = stopped ? PublishStatus.InProgress : PublishStatus.Failed,
                Error = stopped ? null : exception.Message,
                UpdatedAt = _time.GetUtcNow(),
            });
            if (!stopped)
            {
                Log.FileFailed(_logger, file.Name, marker.LastConfirmedOrdinal, exception);
            }

            throw;
        }
    }

    /// <summary>Reads the file into data messages, skipping records an earlier run had confirmed; returns how many it skipped.</summary>
    private async Task<long> ReadBatchesAsync(Stream source, DumpType type, DumpReaderOptions readerOptions, DumpReadReport report, long resumeAfter, ChannelWriter<OutgoingBatch> batches, CancellationToken cancellationToken)
    {
        try
        {
            long resumedPast = 0;
            var writer = new DataBatchWriter(_busOptions.BatchRecords, _busOptions.BatchBytes);
            foreach (DumpRecord record in DumpReader.Read(source, type, readerOptions, report, cancellationToken))
            {
                if (record.Ordinal <= resumeAfter)
                {
                    resumedPast++;
                    continue;
                }

                if (!writer.Fits(record))
                {
                    await batches.WriteAsync(Complete(writer), cancellationToken).ConfigureAwait(false);
                }

                writer.Append(record);
            }

            if (writer.Count > 0)
            {
                await batches.WriteAsync(Complete(writer), cancellationToken).ConfigureAwait(false);
            }

            batches.TryComplete();
            return resumedPast;
        }
        catch (Exception exception)
        {
            batches.TryComplete(exception);
            throw;
        }

        static OutgoingBatch Complete(DataBatchWriter writer)
        {
            int count = writer.Count;
            long last = writer.LastOrdinal;
            return new OutgoingBatch(writer.Complete(ArrayPool<byte>.Shared), count, last);
        }
    }

    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Already reported through the channel or superseded by the publisher's failure.
        }
    }
}
