using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.ContractTests;

/// <summary>One store's implementations of the explore read ports, loaded with the real 2020 sample.</summary>
public sealed record ExploreStores(
    IEntityReader Entities,
    IExploreReader Explore,
    ISearchReader Search,
    IPathFinder Paths,
    IGraphOverviewReader Overview);
