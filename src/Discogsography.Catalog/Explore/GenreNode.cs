namespace Discogsography.Catalog.Explore;

/// <summary>A genre with its counts (from the post-import precomputation, or counted live when that has not run).</summary>
public sealed record GenreNode
{
    /// <summary>The genre's name (its key).</summary>
    public required string Name { get; init; }

    /// <summary>Distinct releases tagged with the genre.</summary>
    public required long ReleaseCount { get; init; }

    /// <summary>Distinct artists of those releases.</summary>
    public required long ArtistCount { get; init; }

    /// <summary>Distinct labels of those releases.</summary>
    public required long LabelCount { get; init; }

    /// <summary>Distinct styles co-tagged on those releases.</summary>
    public required long StyleCount { get; init; }

    /// <summary>The earliest known year of those releases, or null.</summary>
    public int? FirstYear { get; init; }
}
