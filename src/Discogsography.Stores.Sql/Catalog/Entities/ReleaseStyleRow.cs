namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A style of a release. Table <c>release_styles</c>.</summary>
public sealed class ReleaseStyleRow
{
    /// <summary>The release.</summary>
    public long ReleaseId { get; init; }

    /// <summary>The style.</summary>
    public int StyleId { get; init; }

    /// <summary>The release's year (copied for trends).</summary>
    public int? Year { get; init; }
}
