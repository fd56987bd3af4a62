namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A format of a release (owned by the release). Table <c>release_formats</c>.</summary>
public sealed class ReleaseFormatRow
{
    /// <summary>The release.</summary>
    public long ReleaseId { get; init; }

    /// <summary>0-based position in the format list.</summary>
    public short Position { get; init; }

    /// <summary>The format name, e.g. <c>Vinyl</c>.</summary>
    public string? Name { get; init; }

    /// <summary>How many items.</summary>
    public int? Quantity { get; init; }

    /// <summary>Free text.</summary>
    public string? Text { get; init; }

    /// <summary>The descriptions joined with <c>, </c>.</summary>
    public string? Descriptions { get; init; }
}
