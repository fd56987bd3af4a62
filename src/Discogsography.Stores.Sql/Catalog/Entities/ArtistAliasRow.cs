namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>An entry of an artist's alias list (owned by the artist). Table <c>artist_aliases</c>.</summary>
public sealed class ArtistAliasRow
{
    /// <summary>The artist whose record lists the alias.</summary>
    public long ArtistId { get; init; }

    /// <summary>0-based position in the list.</summary>
    public short Position { get; init; }

    /// <summary>The alias artist's id.</summary>
    public long? AliasId { get; init; }

    /// <summary>The alias name as listed.</summary>
    public string? Name { get; init; }
}
