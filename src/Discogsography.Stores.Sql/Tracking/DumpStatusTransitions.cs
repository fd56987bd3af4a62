namespace Discogsography.Stores.Sql.Tracking;

/// <summary>
/// The allowed moves between <see cref="DumpStatus"/> values:
/// not_started → downloading → ready_for_processing → processing → completed | failed,
/// any running state → failed, and failed → downloading | processing for a retry.
/// </summary>
public static class DumpStatusTransitions
{
    /// <summary>The statuses reachable from <paramref name="from"/>.</summary>
    public static IReadOnlyList<DumpStatus> From(DumpStatus from) => from switch
    {
        DumpStatus.NotStarted => [DumpStatus.Downloading],
        DumpStatus.Downloading => [DumpStatus.ReadyForProcessing, DumpStatus.Failed],
        DumpStatus.ReadyForProcessing => [DumpStatus.Processing, DumpStatus.Failed],
        DumpStatus.Processing => [DumpStatus.Completed, DumpStatus.Failed],
        DumpStatus.Failed => [DumpStatus.Downloading, DumpStatus.Processing],
        _ => [],
    };

    /// <summary>Whether moving from <paramref name="from"/> to <paramref name="to"/> is allowed.</summary>
    public static bool IsAllowed(DumpStatus from, DumpStatus to) => From(from).Contains(to);

    /// <summary>Whether the move is a retry of a failed dump (it counts against the retry budget).</summary>
    public static bool IsRetry(DumpStatus from, DumpStatus to) => from == DumpStatus.Failed && IsAllowed(from, to);

    /// <summary>The stored text of a status, e.g. <c>ready_for_processing</c>.</summary>
    public static string ToText(DumpStatus status) => status switch
    {
        DumpStatus.NotStarted => "not_started",
        DumpStatus.Downloading => "downloading",
        DumpStatus.ReadyForProcessing => "ready_for_processing",
        DumpStatus.Processing => "processing",
        DumpStatus.Completed => "completed",
        DumpStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown dump status."),
    };

    /// <summary>Reads a stored status text.</summary>
    public static DumpStatus Parse(string text) => text switch
    {
        "not_started" => DumpStatus.NotStarted,
        "downloading" => DumpStatus.Downloading,
        "ready_for_processing" => DumpStatus.ReadyForProcessing,
        "processing" => DumpStatus.Processing,
        "completed" => DumpStatus.Completed,
        "failed" => DumpStatus.Failed,
        _ => throw new FormatException($"'{text}' is not a dump status."),
    };
}
