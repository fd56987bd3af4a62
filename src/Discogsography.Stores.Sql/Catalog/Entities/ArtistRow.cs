namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>An artist, or a placeholder for one referenced before its record arrived. Table <c>artists</c>.</summary>
public sealed class ArtistRow
{
    /// <summary>The Discogs artist id.</summary>
    public long Id { get; init; }

    /// <summary>The name (a placeholder carries the name it was referenced by).</summary>
    public string? Name { get; init; }

    /// <summary>The real name.</summary>
    public string? RealName { get; init; }

    /// <summary>Discogs' data-quality grade.</summary>
    public string? DataQuality { get; init; }

    /// <summary>True until the artist's own record arrives.</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>The canonical JSON record; null on a placeholder.</summary>
    public string? Document { get; init; }

    /// <summary>Lower-case hex SHA-256 of the document; null on a placeholder.</summary>
    public string? Sha256 { get; init; }

    /// <summary>When a dump last carried (or referenced) the artist.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
