namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>An entry of an artist's group list (owned by the artist). Table <c>artist_groups</c>.</summary>
public sealed class ArtistGroupRow
{
    /// <summary>The artist whose record lists the group.</summary>
    public long ArtistId { get; init; }

    /// <summary>0-based position in the list.</summary>
    public short Position { get; init; }

    /// <summary>The group artist's id.</summary>
    public long? GroupId { get; init; }

    /// <summary>The group name as listed.</summary>
    public string? Name { get; init; }
}
