namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>How one dump check ended.</summary>
public enum DumpCheckOutcome
{
    /// <summary>The newest dump was downloaded and processed.</summary>
    Processed,

    /// <summary>The newest dump was already completed.</summary>
    AlreadyCompleted,

    /// <summary>The newest dump failed too often; it is left for an operator.</summary>
    RetriesExhausted,

    /// <summary>The source offers no complete dump.</summary>
    NoDumpAvailable,

    /// <summary>Discovery, download or processing failed; the dump is marked failed.</summary>
    Failed,

    /// <summary>A check was already running, so this trigger was skipped.</summary>
    AlreadyRunning,
}
