namespace Discogsography.Catalog.Records;

/// <summary>A release from the releases dump.</summary>
public sealed record ReleaseRecord
{
    /// <summary>The Discogs release id.</summary>
    public required long Id { get; init; }

    /// <summary>The moderation status (<c>Accepted</c>, ...); absent from recent dumps.</summary>
    public string? Status { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The country of release.</summary>
    public string? Country { get; init; }

    /// <summary>The release date as given: <c>1999</c>, <c>1999-03-00</c>, <c>1999-03-15</c>, <c>1980s</c>, <c>?</c>, ...</summary>
    public string? Released { get; init; }

    /// <summary>The year derived from <see cref="Released"/>, or null when it has none or it is implausible.</summary>
    public int? Year { get; init; }

    /// <summary>The master this release belongs to, or null (the dumps write 0).</summary>
    public long? MasterId { get; init; }

    /// <summary>Whether this is its master's main release; null when the dump does not say.</summary>
    public bool? IsMainRelease { get; init; }

    /// <summary>Notes.</summary>
    public string? Notes { get; init; }

    /// <summary>Discogs' data-quality grade.</summary>
    public string? DataQuality { get; init; }

    /// <summary>The credited artists.</summary>
    public required IReadOnlyList<ArtistCredit> Artists { get; init; }

    /// <summary>Credits (producers, engineers, musicians, ...).</summary>
    public required IReadOnlyList<ArtistCredit> ExtraArtists { get; init; }

    /// <summary>Labels with catalogue numbers.</summary>
    public required IReadOnlyList<CatalogEntry> Labels { get; init; }

    /// <summary>Series with catalogue numbers.</summary>
    public required IReadOnlyList<CatalogEntry> Series { get; init; }

    /// <summary>Formats.</summary>
    public required IReadOnlyList<ReleaseFormat> Formats { get; init; }

    /// <summary>Genres.</summary>
    public required IReadOnlyList<string> Genres { get; init; }

    /// <summary>Styles.</summary>
    public required IReadOnlyList<string> Styles { get; init; }

    /// <summary>The tracklist.</summary>
    public required IReadOnlyList<Track> Tracklist { get; init; }

    /// <summary>Identifiers.</summary>
    public required IReadOnlyList<Identifier> Identifiers { get; init; }

    /// <summary>Videos.</summary>
    public required IReadOnlyList<Video> Videos { get; init; }

    /// <summary>Companies.</summary>
    public required IReadOnlyList<Company> Companies { get; init; }

    /// <summary>Image entries.</summary>
    public required IReadOnlyList<Image> Images { get; init; }
}
