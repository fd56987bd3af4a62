namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>What the dump scheduler is doing (reported by health endpoints).</summary>
public enum DumpSchedulerState
{
    /// <summary>No check has run yet.</summary>
    Idle,

    /// <summary>A check is running.</summary>
    Running,

    /// <summary>Waiting for the next periodic check.</summary>
    Waiting,

    /// <summary>The scheduler has stopped.</summary>
    Stopped,
}
