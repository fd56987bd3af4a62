namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>An extra artist of a release: a producer, engineer, musician, ... (owned by the release). Table <c>credits</c>.</summary>
public sealed class CreditRow
{
    /// <summary>The release.</summary>
    public long ReleaseId { get; init; }

    /// <summary>0-based position in the extra-artist list.</summary>
    public short Position { get; init; }

    /// <summary>The credited artist's id, or null.</summary>
    public long? ArtistId { get; init; }

    /// <summary>The credited name.</summary>
    public string? Name { get; init; }

    /// <summary>The name variation used.</summary>
    public string? Anv { get; init; }

    /// <summary>The role as written, e.g. <c>Producer</c>.</summary>
    public string? Role { get; init; }

    /// <summary>The normalised role category (see <c>CreditRoleCategories</c>).</summary>
    public required string RoleCategory { get; init; }

    /// <summary>The tracks the credit covers, as written.</summary>
    public string? Tracks { get; init; }
}
