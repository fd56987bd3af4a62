namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>An artist credited on a release (owned by the release). Table <c>release_artists</c>.</summary>
public sealed class ReleaseArtistRow
{
    /// <summary>The release.</summary>
    public long ReleaseId { get; init; }

    /// <summary>0-based position in the credit list.</summary>
    public short Position { get; init; }

    /// <summary>The artist's id, or null for a credit without an artist page.</summary>
    public long? ArtistId { get; init; }

    /// <summary>The artist name.</summary>
    public string? Name { get; init; }

    /// <summary>The name variation used.</summary>
    public string? Anv { get; init; }

    /// <summary>The text joining this artist to the next.</summary>
    public string? JoinText { get; init; }

    /// <summary>The release's year (copied for trends).</summary>
    public int? Year { get; init; }
}
