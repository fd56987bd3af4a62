namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>Releases on a label in one year (post-import). Table <c>label_year_counts</c>.</summary>
public sealed class LabelYearCountRow
{
    /// <summary>The label.</summary>
    public long LabelId { get; init; }

    /// <summary>The year.</summary>
    public int Year { get; init; }

    /// <summary>Releases.</summary>
    public long ReleaseCount { get; init; }
}
