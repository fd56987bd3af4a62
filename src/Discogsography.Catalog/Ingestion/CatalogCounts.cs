namespace Discogsography.Catalog.Ingestion;

/// <summary>How many entities of each kind a store holds (placeholders excluded).</summary>
public sealed record CatalogCounts(long Artists, long Labels, long Masters, long Releases, long Genres, long Styles);
