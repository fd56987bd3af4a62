namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>An artist credited on a master (owned by the master). Table <c>master_artists</c>.</summary>
public sealed class MasterArtistRow
{
    /// <summary>The master.</summary>
    public long MasterId { get; init; }

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
}
