using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.Messages;
using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Ingestion;

/// <summary>
/// Runs one store's post-import jobs once per extraction run of a dump version: when the consumers of all four types have reached that
/// version's <c>extraction_complete</c> (each having written everything that came before it on its queue). Each
/// consumer waits until the jobs ran before acknowledging its <c>extraction_complete</c>, so a process stopped in
/// between sees all four again after a restart. Dead letters of the store since the last post-import are passed on,
/// so stale-record removal can hold back.
/// </summary>
/// <remarks>
/// The coordinator lives in one process: with competing ingestor processes, the four messages of a version must reach
/// consumers of one process; a consumer holding one waits (without blocking the other queues) until they do.
/// </remarks>
internal sealed class PostImportCoordinator
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, VersionState> _versions = new(StringComparer.Ordinal);
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
    /// Notes that the consumer of <paramref name="type"/> reached <paramref name="message"/> and returns once the
    /// version's post-import jobs ran: the fourth type runs them (retrying while the store is unavailable), the
    /// others wait for it. A run (version and start) already post-imported in this process returns at once.
    /// </summary>
    public async Task ReportAsync(DumpType type, ExtractionCompleteMessage message, CancellationToken cancellationToken)
    {
        // One extraction run of a version: a resumed publisher may repeat its messages (same start), a new run has a new start.
        string run = $"{message.Version}@{message.StartedAt.ToUniversalTime():O}";
        VersionState state;
        bool runsHere;
        bool deadLettered = false;
        lock (_gate)
        {
            if (!_versions.TryGetValue(run, out VersionState? known))
            {
                _versions[run] = known = new VersionState();
            }

            state = known;
            if (state.Ran.Task.IsCompleted)
            {
                return;
            }

            state.Types.Add(type);
            Log.ExtractionCompleteSeen(_logger, _writer.StoreName, message.Version, type, state.Types.Count);
            runsHere = !state.Running && DumpTypeExtensions.All.All(state.Types.Contains);
            if (runsHere)
            {
                state.Running = true;
                deadLettered = _deadLettered;
                _deadLettered = false;
            }
        }

        if (!runsHere)
        {
            await state.Ran.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await RunAsync(new PostImportRequest(message.Version, message.StartedAt, message.RecordCounts, deadLettered), cancellationToken).ConfigureAwait(false);
            state.Ran.TrySetResult();
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                // Stopped half-way: the unacknowledged extraction_complete messages come again after a restart.
                _versions.Remove(run);
                _deadLettered |= deadLettered;
            }

            state.Ran.TrySetCanceled(cancellationToken);
            throw;
        }
    }

    /// <summary>Runs the jobs and logs their result; a failure other than cancellation is logged and the run goes on.</summary>
    private async Task RunAsync(PostImportRequest request, CancellationToken cancellationToken)
    {
        try
        {
            PostImportResult result = await RunRetryingAsync(request, cancellationToken).ConfigureAwait(false);
            Log.PostImportDone(_logger, _writer.StoreName, request.Version, result.StaleRemoved.Values.Sum(), result.PlaceholdersRemoved,
                result.SkippedRemovals.Count == 0 ? "none" : string.Join("; ", result.SkippedRemovals));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OutOfMemoryException)
        {
            // The jobs tidy up after an import; the records are stored either way.
            Log.PostImportFailed(_logger, _writer.StoreName, request.Version, exception);
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

    /// <summary>What the coordinator knows of one version.</summary>
    private sealed class VersionState
    {
        public HashSet<DumpType> Types { get; } = [];

        public bool Running { get; set; }

        public TaskCompletionSource Ran { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
