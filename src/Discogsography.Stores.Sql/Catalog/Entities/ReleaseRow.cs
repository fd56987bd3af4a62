namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A release. Table <c>releases</c>.</summary>
public sealed class ReleaseRow
{
    /// <summary>The Discogs release id.</summary>
    public long Id { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The moderation status.</summary>
    public string? Status { get; init; }

    /// <summary>The country of release.</summary>
    public string? Country { get; init; }

    /// <summary>The release date as written.</summary>
    public string? Released { get; init; }

    /// <summary>The plausible year, or null.</summary>
    public int? Year { get; init; }

    /// <summary>The master's id, or null.</summary>
    public long? MasterId { get; init; }

    /// <summary>Whether this is its master's main release.</summary>
    public bool? IsMainRelease { get; init; }

    /// <summary>Discogs' data-quality grade.</summary>
    public string? DataQuality { get; init; }

    /// <summary>True for a release only referenced so far (releases are not referenced by other records today).</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>The canonical JSON record.</summary>
    public string? Document { get; init; }

    /// <summary>Lower-case hex SHA-256 of the document.</summary>
    public string? Sha256 { get; init; }

    /// <summary>When a dump last carried the release.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
