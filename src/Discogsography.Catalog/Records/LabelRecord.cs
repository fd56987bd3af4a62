namespace Discogsography.Catalog.Records;

/// <summary>A label from the labels dump.</summary>
public sealed record LabelRecord
{
    /// <summary>The Discogs label id.</summary>
    public required long Id { get; init; }

    /// <summary>The label name; null on some "DO NOT USE" records.</summary>
    public string? Name { get; init; }

    /// <summary>Contact information (free text).</summary>
    public string? ContactInfo { get; init; }

    /// <summary>The profile text.</summary>
    public string? Profile { get; init; }

    /// <summary>Discogs' data-quality grade.</summary>
    public string? DataQuality { get; init; }

    /// <summary>The parent label, or null.</summary>
    public EntityReference? ParentLabel { get; init; }

    /// <summary>Sublabels.</summary>
    public required IReadOnlyList<EntityReference> Sublabels { get; init; }

    /// <summary>Web links.</summary>
    public required IReadOnlyList<string> Urls { get; init; }

    /// <summary>Image entries.</summary>
    public required IReadOnlyList<Image> Images { get; init; }
}
