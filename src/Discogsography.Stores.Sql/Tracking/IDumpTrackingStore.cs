namespace Discogsography.Stores.Sql.Tracking;

/// <summary>Keeps the state of every monthly dump (the <c>dump_processing</c> table).</summary>
public interface IDumpTrackingStore
{
    /// <summary>The dump of a month (<c>YYYY-MM</c>), or null when it was never seen.</summary>
    Task<DumpProcessingRecord?> FindAsync(string yearMonth, CancellationToken cancellationToken);

    /// <summary>Every tracked dump, newest month first.</summary>
    Task<IReadOnlyList<DumpProcessingRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Returns the month's row, creating it as not_started when absent (safe under concurrency).</summary>
    Task<DumpProcessingRecord> EnsureAsync(string yearMonth, string dumpVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the month's dump to <paramref name="to"/>, recording <paramref name="change"/>. A retry
    /// (failed → downloading | processing) increments the retry count; downloading from not_started or failed
    /// stamps the start; completed stamps the completion and clears the last error.
    /// </summary>
    /// <exception cref="InvalidDumpTransitionException">The current status does not allow the move.</exception>
    /// <exception cref="KeyNotFoundException">The month is not tracked.</exception>
    Task<DumpProcessingRecord> TransitionAsync(string yearMonth, DumpStatus to, DumpStatusChange? change, CancellationToken cancellationToken);
}
