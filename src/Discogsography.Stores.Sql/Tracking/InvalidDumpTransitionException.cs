namespace Discogsography.Stores.Sql.Tracking;

/// <summary>Thrown when a dump is asked to move to a status its current status does not allow.</summary>
public sealed class InvalidDumpTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception for one refused move.</summary>
    public InvalidDumpTransitionException(string yearMonth, DumpStatus from, DumpStatus to)
        : base(BuildMessage(yearMonth, from, to))
    {
        YearMonth = yearMonth;
        From = from;
        To = to;
    }

    /// <summary>The dump's month, e.g. <c>2020-08</c>.</summary>
    public string YearMonth { get; }

    /// <summary>The status the dump is in.</summary>
    public DumpStatus From { get; }

    /// <summary>The status that was refused.</summary>
    public DumpStatus To { get; }

    private static string BuildMessage(string yearMonth, DumpStatus from, DumpStatus to)
    {
        var allowed = DumpStatusTransitions.From(from);
        var next = allowed.Count == 0 ? "none (final status)" : string.Join(", ", allowed.Select(DumpStatusTransitions.ToText));
        return $"Dump {yearMonth} cannot move from {DumpStatusTransitions.ToText(from)} to {DumpStatusTransitions.ToText(to)}; allowed from {DumpStatusTransitions.ToText(from)}: {next}.";
    }
}
