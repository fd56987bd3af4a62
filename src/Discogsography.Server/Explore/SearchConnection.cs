namespace Discogsography.Server.Explore;

/// <summary>A <c>SearchConnection</c>: a connection of hits with the facets of the whole result.</summary>
internal sealed record SearchConnection(IReadOnlyList<SearchEdge> Edges, PageInfo PageInfo, int TotalCount, SearchFacetsValue Facets)
{
    public IReadOnlyList<object> Nodes => [.. Edges.Select(e => e.Node)];
}
