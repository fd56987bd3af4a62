namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>Releases of a style in one year (post-import). Table <c>style_year_counts</c>.</summary>
public sealed class StyleYearCountRow
{
    /// <summary>The style.</summary>
    public int StyleId { get; init; }

    /// <summary>The year.</summary>
    public int Year { get; init; }

    /// <summary>Releases.</summary>
    public long ReleaseCount { get; init; }
}
