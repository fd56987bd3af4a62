namespace Discogsography.Catalog.Records;

/// <summary>An artist from the artists dump.</summary>
public sealed record ArtistRecord
{
    /// <summary>The Discogs artist id.</summary>
    public required long Id { get; init; }

    /// <summary>The artist name; null on some "DO NOT USE" records.</summary>
    public string? Name { get; init; }

    /// <summary>The artist's real name.</summary>
    public string? RealName { get; init; }

    /// <summary>The profile text (Discogs markup, CR LF line breaks).</summary>
    public string? Profile { get; init; }

    /// <summary>Discogs' data-quality grade, e.g. <c>Correct</c>, <c>Needs Vote</c>.</summary>
    public string? DataQuality { get; init; }

    /// <summary>Other spellings of the name.</summary>
    public required IReadOnlyList<string> NameVariations { get; init; }

    /// <summary>Other artist entries for the same person.</summary>
    public required IReadOnlyList<EntityReference> Aliases { get; init; }

    /// <summary>Members, for a group.</summary>
    public required IReadOnlyList<EntityReference> Members { get; init; }

    /// <summary>Groups the artist belongs to.</summary>
    public required IReadOnlyList<EntityReference> Groups { get; init; }

    /// <summary>Web links.</summary>
    public required IReadOnlyList<string> Urls { get; init; }

    /// <summary>Image entries.</summary>
    public required IReadOnlyList<Image> Images { get; init; }
}
