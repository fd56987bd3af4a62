namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A label, or a placeholder for one referenced before its record arrived. Table <c>labels</c>.</summary>
public sealed class LabelRow
{
    /// <summary>The Discogs label id.</summary>
    public long Id { get; init; }

    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The parent label's id, or null.</summary>
    public long? ParentLabelId { get; init; }

    /// <summary>The parent label's name as the record gives it.</summary>
    public string? ParentLabelName { get; init; }

    /// <summary>Discogs' data-quality grade.</summary>
    public string? DataQuality { get; init; }

    /// <summary>True until the label's own record arrives.</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>The canonical JSON record; null on a placeholder.</summary>
    public string? Document { get; init; }

    /// <summary>Lower-case hex SHA-256 of the document; null on a placeholder.</summary>
    public string? Sha256 { get; init; }

    /// <summary>When a dump last carried (or referenced) the label.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
