namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>A snapshot of the dump scheduler.</summary>
public sealed record DumpSchedulerStatus
{
    /// <summary>The status before any check ran.</summary>
    public static DumpSchedulerStatus Initial { get; } = new() { State = DumpSchedulerState.Idle };

    /// <summary>What the scheduler is doing.</summary>
    public required DumpSchedulerState State { get; init; }

    /// <summary>How the last finished check ended.</summary>
    public DumpCheckOutcome? LastOutcome { get; init; }

    /// <summary>When the last check started.</summary>
    public DateTimeOffset? LastCheckStartedAt { get; init; }

    /// <summary>When the last check ended.</summary>
    public DateTimeOffset? LastCheckEndedAt { get; init; }

    /// <summary>When the next periodic check is due (while waiting).</summary>
    public DateTimeOffset? NextCheckAt { get; init; }
}
