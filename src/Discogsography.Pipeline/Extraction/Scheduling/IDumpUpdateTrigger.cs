namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>Starts a dump check on demand (admin operations) and reports where the scheduler stands.</summary>
public interface IDumpUpdateTrigger
{
    /// <summary>A snapshot of the scheduler, for health and admin queries.</summary>
    DumpSchedulerStatus Status { get; }

    /// <summary>Runs a check now, or returns <see cref="DumpCheckOutcome.AlreadyRunning"/> at once when one is running.</summary>
    Task<DumpCheckOutcome> TriggerAsync(CancellationToken cancellationToken);
}
