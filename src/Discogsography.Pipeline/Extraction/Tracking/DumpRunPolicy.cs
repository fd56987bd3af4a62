using Discogsography.Stores.Sql.Tracking;

namespace Discogsography.Pipeline.Extraction.Tracking;

/// <summary>Decides, from a dump's tracking row, whether a check runs it.</summary>
internal static class DumpRunPolicy
{
    /// <summary>The decision for <paramref name="record"/> when failed dumps get at most <paramref name="maxRetries"/> retries.</summary>
    public static DumpRunDecision Decide(DumpProcessingRecord record, int maxRetries) => record.Status switch
    {
        DumpStatus.NotStarted => DumpRunDecision.Start,
        DumpStatus.Completed => DumpRunDecision.SkipCompleted,
        DumpStatus.Failed when record.RetryCount < maxRetries => DumpRunDecision.Retry,
        DumpStatus.Failed => DumpRunDecision.SkipRetriesExhausted,
        _ => DumpRunDecision.Interrupted,
    };
}
