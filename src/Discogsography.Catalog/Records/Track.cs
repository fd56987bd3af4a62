namespace Discogsography.Catalog.Records;

/// <summary>A track of a release's tracklist; index tracks and headings carry sub-tracks.</summary>
public sealed record Track
{
    /// <summary>The position as printed, e.g. <c>A1</c>; null for headings.</summary>
    public string? Position { get; init; }

    /// <summary>The track title.</summary>
    public string? Title { get; init; }

    /// <summary>The duration as printed, e.g. <c>4:45</c>.</summary>
    public string? Duration { get; init; }

    /// <summary>Artists of this track when they differ from the release's.</summary>
    public required IReadOnlyList<ArtistCredit> Artists { get; init; }

    /// <summary>Credits on this track.</summary>
    public required IReadOnlyList<ArtistCredit> ExtraArtists { get; init; }

    /// <summary>The tracks of an index track.</summary>
    public required IReadOnlyList<Track> SubTracks { get; init; }
}
