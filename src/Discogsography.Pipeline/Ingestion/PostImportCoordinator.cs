using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.Messages;
using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Ingestion;

/// <summary>
/// Runs one store's post-import jobs once per dump version: when the consumers of all four types have reached that
/// version's <c>extraction_complete</c> (each having written everything that came before it on its queue). Dead
/// letters of the store since the last post-import are passed on, so stale-record removal can hold back.
/// </summary>
/// <remarks>
/// The coordinator lives in one process: with competing ingestor processes, post-import runs in the process whose
/// consumers received all four messages of a version, and not at all when they were spread over several processes.
/// </remarks>
internal sealed class PostImportCoordinator
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<DumpType>> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private readonly ICatalogWriter _writer;
    private readonly RetryBackoff _backoff;
    private readonly ILogger _logger;
    private bool _deadLettered;

    /// <summary>Creates the coordinator of one store.</summary>
    public PostImportCoordinator(ICatalogWriter writer, IngestionOptions options, TimeProvider time, ILogger logger)
    {
        _writer = writer;
        _backoff = new RetryBackoff(options.RetryDelay, options.RetryDelayMax, time);
        _logger = logger;
    }

    /// <summary>Remembers that a record or message of this store went to a dead-letter queue in the current run.</summary>
    public void NoteDeadLetter()
    {
        lock (_gate)
        {
            _deadLettered = true;
        }
    }

    /// <summary>
    /// Notes that the consumer of <paramref name="type"/> reached <paramref name="message"/>; the fourth type of a version
    /// runs the post-import jobs (retrying while the store is unavailable) and returns their result; otherwise null.
    /// A version already post-imported in this process is not run again.
    /// </summary>
    public async Task<PostImportResult?> ReportAsync(DumpType type, ExtractionCompleteMessage message, CancellationToken cancellationToken)
    {
        bool deadLettered;
        lock (_gate)
        {
            if (_done.Contains(message.Version))
            {
                return null;
            }

            if (!_seen.TryGetValue(message.Version, out HashSet<DumpType>? types))
            {
                _seen[message.Version] = types = [];
            }

            types.Add(type);
            Log.ExtractionCompleteSeen(_logger, _writer.StoreName, message.Version, type, types.Count);
            if (!DumpTypeExtensions.All.All(types.Contains))
            {
                return null;
            }

            _seen.Remove(message.Version);
            _done.Add(message.Version);
            deadLettered = _deadLettered;
            _deadLettered = false;
        }

        var request = new PostImportRequest(message.Version, message.StartedAt, message.RecordCounts, deadLettered);
        try
        {
            PostImportResult result = await RunRetryingAsync(request, cancellationToken).ConfigureAwait(false);
            Log.PostImportDone(_logger, _writer.StoreName, message.Version, result.StaleRemoved.Values.Sum(), result.PlaceholdersRemoved,
                result.SkippedRemovals.Count == 0 ? "none" : string.Join("; ", result.SkippedRemovals));
            return result;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OutOfMemoryException)
        {
            // The jobs tidy up after an import; the records are stored either way, so the run goes on.
            Log.PostImportFailed(_logger, _writer.StoreName, message.Version, exception);
            return null;
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                // Stopped half-way: a redelivered extraction_complete may run it again.
                _done.Remove(message.Version);
                _seen[message.Version] = [.. DumpTypeExtensions.All];
                _seen[message.Version].Remove(type);
                _deadLettered |= deadLettered;
            }

            throw;
        }
    }

    private async Task<PostImportResult> RunRetryingAsync(PostImportRequest request, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await _writer.RunPostImportAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TransientStoreException exception) when (!cancellationToken.IsCancellationRequested)
            {
                Log.StoreRetry(_logger, _writer.StoreName, "post-import", attempt, _backoff.DelayFor(attempt), exception);
                await _backoff.WaitAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
