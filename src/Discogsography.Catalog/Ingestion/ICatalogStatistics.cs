namespace Discogsography.Catalog.Ingestion;

/// <summary>Counts of what a store holds, for <c>graphStats</c>.</summary>
public interface ICatalogStatistics
{
    /// <summary>Counts entities (placeholders excluded).</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<CatalogCounts> GetCountsAsync(CancellationToken cancellationToken);
}
