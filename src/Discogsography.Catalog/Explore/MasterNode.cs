using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.Explore;

/// <summary>A master as the node details read it: its key, title and full canonical record.</summary>
public sealed record MasterNode
{
    /// <summary>The Discogs id.</summary>
    public required long Id { get; init; }

    /// <summary>The title; for a placeholder, the title the referring records gave, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The full record, or null for a placeholder (referred to by other records, its own not yet imported).</summary>
    public MasterRecord? Record { get; init; }

    /// <summary>Whether this is a placeholder without its own record.</summary>
    public bool IsPlaceholder => Record is null;

    /// <summary>The year, or null when unknown.</summary>
    public int? Year => Record?.Year;
}
