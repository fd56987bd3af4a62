namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>
/// How often the extractor looks for a new dump and how often a failed one is retried. Bound from the
/// <c>Dumps:Schedule</c> section (seed variable <c>PERIODIC_CHECK_DAYS</c> → <c>Dumps:Schedule:PeriodicCheckDays</c>).
/// </summary>
public sealed class DumpSchedulerOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Dumps:Schedule";

    /// <summary>Days between checks (1–45); a check also runs at start.</summary>
    public int PeriodicCheckDays { get; set; } = 15;

    /// <summary>Whether a check runs at start (the default); otherwise the first one runs after a full interval or on demand.</summary>
    public bool CheckAtStart { get; set; } = true;

    /// <summary>How many times a failed dump is retried by later checks (0 = never).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The wait between checks.</summary>
    public TimeSpan CheckInterval => TimeSpan.FromDays(PeriodicCheckDays);
}
