namespace Discogsography.Pipeline.Extraction.Tracking;

/// <summary>What a check does with the newest dump, given its tracking row.</summary>
internal enum DumpRunDecision
{
    /// <summary>Never run: download and process it.</summary>
    Start,

    /// <summary>Failed before and within the retry budget: run it again.</summary>
    Retry,

    /// <summary>Already completed: nothing to do.</summary>
    SkipCompleted,

    /// <summary>Failed and out of retries: leave it for an operator.</summary>
    SkipRetriesExhausted,

    /// <summary>Left mid-way by a run that stopped (shutdown, crash): record the failure, then decide again.</summary>
    Interrupted,
}
