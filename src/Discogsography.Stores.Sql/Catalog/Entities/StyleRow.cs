namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A style name with its surrogate id. Table <c>styles</c>.</summary>
public sealed class StyleRow
{
    /// <summary>The surrogate id.</summary>
    public int Id { get; init; }

    /// <summary>The style name, e.g. <c>Deep House</c>.</summary>
    public required string Name { get; init; }
}
