namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>Starts a dump check on demand (admin operations); never overlaps a running check.</summary>
public interface IDumpUpdateTrigger
{
    /// <summary>Runs a check now, or returns <see cref="DumpCheckOutcome.AlreadyRunning"/> at once when one is running.</summary>
    Task<DumpCheckOutcome> TriggerAsync(CancellationToken cancellationToken);
}
