using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.Explore;

/// <summary>An artist as the node details read it: its key, name and full canonical record.</summary>
public sealed record ArtistNode
{
    /// <summary>The Discogs id.</summary>
    public required long Id { get; init; }

    /// <summary>The name; for a placeholder, the name the referring records gave, or null.</summary>
    public string? Name { get; init; }

    /// <summary>The full record, or null for a placeholder (referred to by other records, its own not yet imported).</summary>
    public ArtistRecord? Record { get; init; }

    /// <summary>Whether this is a placeholder without its own record.</summary>
    public bool IsPlaceholder => Record is null;
}
