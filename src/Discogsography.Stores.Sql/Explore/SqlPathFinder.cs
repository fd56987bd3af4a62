using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>
/// <see cref="IPathFinder"/> by bidirectional breadth-first search: each round expands the smaller frontier by one
/// level with one query per kind (in chunks), until the two searches meet or their depths add up to the limit.
/// </summary>
internal sealed class SqlPathFinder(SqlExploreQueries queries, IEntityReader entities) : IPathFinder
{
    private const int FrontierChunk = 1000;

    public async Task<PathResult?> FindPathAsync(EntityRef from, EntityRef to, int maxDepth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ExploreArguments.MaxDepth(maxDepth);
        IReadOnlyDictionary<EntityRef, EntitySummary> ends = await entities.GetSummariesAsync([from, to], cancellationToken);
        if (!ends.ContainsKey(from) || !ends.ContainsKey(to))
        {
            return null;
        }

        if (from == to)
        {
            return new PathResult(true, 0, [new PathStep(ends[from], null, null)]);
        }

        var forward = new Search(from);
        var backward = new Search(to);
        while (forward.Depth + backward.Depth < maxDepth && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            (Search near, Search far) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            await ExpandAsync(near, cancellationToken);
            EntityRef? meeting = near.Frontier.Where(far.Reached.ContainsKey).OrderBy(node => node.ToString(), StringComparer.Ordinal).FirstOrDefault();
            if (meeting is not null)
            {
                return await BuildAsync(forward, backward, meeting, cancellationToken);
            }
        }

        return PathResult.NotFound;
    }

    private async Task ExpandAsync(Search search, CancellationToken cancellationToken)
    {
        var next = new List<EntityRef>();
        foreach (IGrouping<EntityKind, EntityRef> group in search.Frontier.GroupBy(node => node.Kind))
        {
            foreach (EntityRef[] chunk in group.Chunk(FrontierChunk))
            {
                List<PathNeighbour> neighbours = await PathNeighbourQueries.ReadAsync(queries, group.Key, chunk, cancellationToken);
                foreach (PathNeighbour edge in neighbours
                    .OrderBy(edge => edge.From.ToString(), StringComparer.Ordinal)
                    .ThenBy(edge => edge.To.ToString(), StringComparer.Ordinal)
                    .ThenBy(edge => edge.Relationship))
                {
                    if (search.Reached.TryAdd(edge.To, edge))
                    {
                        next.Add(edge.To);
                    }
                }
            }
        }

        search.Frontier = next;
        search.Depth++;
    }

    private async Task<PathResult> BuildAsync(Search forward, Search backward, EntityRef meeting, CancellationToken cancellationToken)
    {
        // From the start to the meeting node, then on to the end.
        var nodes = new List<(EntityRef Node, PathRelationship? Relationship, bool? Forward)>();
        for (EntityRef node = meeting; ;)
        {
            PathNeighbour? edge = forward.Reached[node];
            nodes.Insert(0, (node, edge?.Relationship, edge?.Forward));
            if (edge is null)
            {
                break;
            }

            node = edge.From;
        }

        for (PathNeighbour? edge = backward.Reached[meeting]; edge is not null; edge = backward.Reached[edge.From])
        {
            nodes.Add((edge.From, edge.Relationship, !edge.Forward));
        }

        IReadOnlyDictionary<EntityRef, EntitySummary> summaries = await entities.GetSummariesAsync([.. nodes.Select(step => step.Node)], cancellationToken);
        PathStep[] steps = [.. nodes.Select(step => new PathStep(
            summaries.TryGetValue(step.Node, out EntitySummary? summary) ? summary : new EntitySummary(step.Node, step.Node.Name),
            step.Relationship,
            step.Forward))];
        return new PathResult(true, steps.Length - 1, steps);
    }

    private sealed class Search(EntityRef start)
    {
        // Every node reached, with the edge it was reached by (null for the start).
        public Dictionary<EntityRef, PathNeighbour?> Reached { get; } = new() { [start] = null };

        public List<EntityRef> Frontier { get; set; } = [start];

        public int Depth { get; set; }
    }
}
