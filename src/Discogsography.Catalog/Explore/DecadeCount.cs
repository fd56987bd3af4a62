namespace Discogsography.Catalog.Explore;

/// <summary>A count of search hits in one decade.</summary>
/// <param name="Decade">The decade's first year, e.g. 1990.</param>
/// <param name="Count">The number of hits.</param>
public sealed record DecadeCount(int Decade, long Count)
{
    /// <summary>The decade as people write it, e.g. <c>1990s</c>.</summary>
    public string Label => $"{Decade}s";
}
