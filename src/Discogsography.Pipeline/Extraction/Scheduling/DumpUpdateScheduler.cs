using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>
/// Runs a dump check at start and then every <see cref="DumpSchedulerOptions.PeriodicCheckDays"/> days, waiting
/// on the injected <see cref="TimeProvider"/>. Checks never overlap: a trigger while one runs is skipped and logged.
/// Stopping cancels the running check (its dump is recorded as failed and retried later).
/// </summary>
internal sealed class DumpUpdateScheduler(
    DumpUpdateCheck check,
    IOptions<DumpSchedulerOptions> options,
    TimeProvider timeProvider,
    ILogger<DumpUpdateScheduler> logger) : BackgroundService, IDumpUpdateTrigger
{
    private int _running;
    private DumpSchedulerStatus _status = DumpSchedulerStatus.Initial;

    public DumpSchedulerStatus Status => Volatile.Read(ref _status);

    public async Task<DumpCheckOutcome> TriggerAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            Log.CheckSkippedWhileRunning(logger);
            return DumpCheckOutcome.AlreadyRunning;
        }

        var previous = Status;
        Publish(previous with { State = DumpSchedulerState.Running, LastCheckStartedAt = timeProvider.GetUtcNow(), NextCheckAt = null });
        DumpCheckOutcome? outcome = null;
        try
        {
            Log.CheckStarting(logger);
            outcome = await check.RunAsync(cancellationToken);
            return outcome.Value;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.CheckFailed(logger, exception);
            outcome = DumpCheckOutcome.Failed;
            return outcome.Value;
        }
        finally
        {
            Publish(Status with
            {
                State = previous.State,
                LastOutcome = outcome ?? Status.LastOutcome,
                LastCheckEndedAt = timeProvider.GetUtcNow(),
                NextCheckAt = previous.NextCheckAt,
            });
            Volatile.Write(ref _running, 0);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.CheckInterval;
        try
        {
            if (!options.Value.CheckAtStart)
            {
                Publish(Status with { State = DumpSchedulerState.Waiting, NextCheckAt = timeProvider.GetUtcNow() + interval });
                await Task.Delay(interval, timeProvider, stoppingToken);
            }

            while (true)
            {
                var outcome = await TriggerAsync(stoppingToken);
                Publish(Status with { State = DumpSchedulerState.Waiting, NextCheckAt = timeProvider.GetUtcNow() + interval });
                Log.NextCheck(logger, outcome, interval);
                await Task.Delay(interval, timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Publish(Status with { State = DumpSchedulerState.Stopped, NextCheckAt = null });
            Log.SchedulerStopped(logger);
        }
    }

    private void Publish(DumpSchedulerStatus status) => Volatile.Write(ref _status, status);
}
