namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A master release, or a placeholder for one referenced before its record arrived. Table <c>masters</c>.</summary>
public sealed class MasterRow
{
    /// <summary>The Discogs master id.</summary>
    public long Id { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The year, or null.</summary>
    public int? Year { get; init; }

    /// <summary>The main release's id.</summary>
    public long? MainReleaseId { get; init; }

    /// <summary>Discogs' data-quality grade.</summary>
    public string? DataQuality { get; init; }

    /// <summary>True until the master's own record arrives.</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>The canonical JSON record; null on a placeholder.</summary>
    public string? Document { get; init; }

    /// <summary>Lower-case hex SHA-256 of the document; null on a placeholder.</summary>
    public string? Sha256 { get; init; }

    /// <summary>When a dump last carried (or referenced) the master.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
