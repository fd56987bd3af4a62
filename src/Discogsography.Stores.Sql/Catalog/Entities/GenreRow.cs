namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A genre name with its surrogate id. Table <c>genres</c>.</summary>
public sealed class GenreRow
{
    /// <summary>The surrogate id.</summary>
    public int Id { get; init; }

    /// <summary>The genre name, e.g. <c>Electronic</c>.</summary>
    public required string Name { get; init; }
}
