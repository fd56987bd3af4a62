namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>An entry of a group's member list (owned by the group). Table <c>artist_members</c>.</summary>
public sealed class ArtistMemberRow
{
    /// <summary>The group whose record lists the member.</summary>
    public long GroupId { get; init; }

    /// <summary>0-based position in the list.</summary>
    public short Position { get; init; }

    /// <summary>The member artist's id.</summary>
    public long? MemberId { get; init; }

    /// <summary>The member name as listed.</summary>
    public string? Name { get; init; }
}
