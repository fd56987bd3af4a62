using Discogsography.Pipeline.Extraction.Discovery;
using Discogsography.Pipeline.Extraction.Download;
using Discogsography.Pipeline.Extraction.Tracking;
using Discogsography.Stores.Sql.Tracking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>
/// One check: find the newest complete dump, decide from its tracking row whether to run it, then
/// download → verify → process, recording every step; finally apply file retention.
/// </summary>
internal sealed class DumpUpdateCheck(
    IDumpSource source,
    IDumpTrackingStore store,
    IDumpProcessor processor,
    DumpRetention retention,
    IOptions<DumpSchedulerOptions> options,
    ILogger<DumpUpdateCheck> logger)
{
    private static readonly DumpStatus[] InUse = [DumpStatus.Downloading, DumpStatus.ReadyForProcessing, DumpStatus.Processing];

    private readonly int _maxRetries = options.Value.MaxRetries;

    public async Task<DumpCheckOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var dump = await source.FindLatestAsync(cancellationToken);
        if (dump is null)
        {
            Log.NoDumpAvailable(logger);
            return DumpCheckOutcome.NoDumpAvailable;
        }

        var key = dump.Month.Key;
        var record = await store.EnsureAsync(key, dump.Month.Version, cancellationToken);
        var decision = DumpRunPolicy.Decide(record, _maxRetries);
        if (decision == DumpRunDecision.Interrupted)
        {
            Log.InterruptedRunFound(logger, key, record.Status);
            record = await store.TransitionAsync(key, DumpStatus.Failed, new DumpStatusChange { Error = $"interrupted while {DumpStatusTransitions.ToText(record.Status)}" }, cancellationToken);
            decision = DumpRunPolicy.Decide(record, _maxRetries);
        }

        var outcome = decision switch
        {
            DumpRunDecision.SkipCompleted => DumpCheckOutcome.AlreadyCompleted,
            DumpRunDecision.SkipRetriesExhausted => DumpCheckOutcome.RetriesExhausted,
            _ => await RunDumpAsync(dump, decision, record.RetryCount, cancellationToken),
        };
        if (outcome == DumpCheckOutcome.AlreadyCompleted)
        {
            Log.AlreadyCompleted(logger, key);
        }
        else if (outcome == DumpCheckOutcome.RetriesExhausted)
        {
            Log.RetriesExhausted(logger, key, record.RetryCount, record.LastError);
        }

        await ApplyRetentionAsync(cancellationToken);
        return outcome;
    }

    private async Task<DumpCheckOutcome> RunDumpAsync(PublishedDump dump, DumpRunDecision decision, int retries, CancellationToken cancellationToken)
    {
        var key = dump.Month.Key;
        Log.RunStarting(logger, key, dump.Month.Version, decision == DumpRunDecision.Retry, retries);
        try
        {
            await store.TransitionAsync(key, DumpStatus.Downloading, null, cancellationToken);
            var downloaded = await source.FetchAsync(dump, progress: null, cancellationToken);
            await store.TransitionAsync(key, DumpStatus.ReadyForProcessing, new DumpStatusChange { Checksums = downloaded.Checksums }, cancellationToken);
            await store.TransitionAsync(key, DumpStatus.Processing, null, cancellationToken);
            var statistics = await processor.ProcessAsync(dump.Month, downloaded.Files, cancellationToken);
            await store.TransitionAsync(key, DumpStatus.Completed, new DumpStatusChange { Statistics = statistics }, cancellationToken);
            Log.RunCompleted(logger, key);
            return DumpCheckOutcome.Processed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await MarkFailedAsync(key, "interrupted by shutdown");
            throw;
        }
        catch (Exception exception)
        {
            Log.RunFailed(logger, key, exception);
            await MarkFailedAsync(key, exception.Message);
            return DumpCheckOutcome.Failed;
        }
    }

    private async Task MarkFailedAsync(string key, string error)
    {
        try
        {
            await store.TransitionAsync(key, DumpStatus.Failed, new DumpStatusChange { Error = error }, CancellationToken.None);
        }
        catch (InvalidDumpTransitionException exception)
        {
            // Failed before the run left not_started: nothing to record.
            Log.FailureNotRecorded(logger, key, exception.Message);
        }
    }

    private async Task ApplyRetentionAsync(CancellationToken cancellationToken)
    {
        var tracked = await store.ListAsync(cancellationToken);
        var protectedMonths = tracked.Where(r => InUse.Contains(r.Status)).Select(r => r.YearMonth).ToHashSet(StringComparer.Ordinal);
        retention.Apply(protectedMonths);
    }
}
