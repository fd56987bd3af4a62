namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A label a release appears on, with its catalogue number (owned by the release). Table <c>release_labels</c>.</summary>
public sealed class ReleaseLabelRow
{
    /// <summary>The release.</summary>
    public long ReleaseId { get; init; }

    /// <summary>0-based position in the label list.</summary>
    public short Position { get; init; }

    /// <summary>The label's id.</summary>
    public long? LabelId { get; init; }

    /// <summary>The label name as listed.</summary>
    public string? Name { get; init; }

    /// <summary>The catalogue number.</summary>
    public string? Catno { get; init; }

    /// <summary>The release's year (copied for trends).</summary>
    public int? Year { get; init; }
}
