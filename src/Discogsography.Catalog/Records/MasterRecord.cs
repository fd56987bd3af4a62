namespace Discogsography.Catalog.Records;

/// <summary>A master release from the masters dump: the group of all versions of one release.</summary>
public sealed record MasterRecord
{
    /// <summary>The Discogs master id.</summary>
    public required long Id { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The year, or null when absent, 0 or implausible.</summary>
    public int? Year { get; init; }

    /// <summary>The id of the main release.</summary>
    public long? MainRelease { get; init; }

    /// <summary>The credited artists.</summary>
    public required IReadOnlyList<ArtistCredit> Artists { get; init; }

    /// <summary>Genres.</summary>
    public required IReadOnlyList<string> Genres { get; init; }

    /// <summary>Styles.</summary>
    public required IReadOnlyList<string> Styles { get; init; }

    /// <summary>Notes.</summary>
    public string? Notes { get; init; }

    /// <summary>Discogs' data-quality grade.</summary>
    public string? DataQuality { get; init; }

    /// <summary>Videos.</summary>
    public required IReadOnlyList<Video> Videos { get; init; }

    /// <summary>Image entries.</summary>
    public required IReadOnlyList<Image> Images { get; init; }
}
