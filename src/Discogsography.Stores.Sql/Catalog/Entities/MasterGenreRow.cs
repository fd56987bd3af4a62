namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A genre of a master. Table <c>master_genres</c>.</summary>
public sealed class MasterGenreRow
{
    /// <summary>The master.</summary>
    public long MasterId { get; init; }

    /// <summary>The genre.</summary>
    public int GenreId { get; init; }
}
