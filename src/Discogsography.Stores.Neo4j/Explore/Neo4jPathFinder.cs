using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Explore;

/// <summary>
/// <see cref="IPathFinder"/> by Neo4j's <c>shortestPath</c> over BY, ON, IS, ALIAS_OF, MEMBER_OF and DERIVED_FROM in
/// either direction. A variable-length bound cannot be a parameter, so each allowed depth (1..10, validated first)
/// has its own statement <c>Explore/Paths/DepthNN</c> with the bound as a literal.
/// </summary>
internal sealed class Neo4jPathFinder(Neo4jQueryClient client, IEntityReader entities) : IPathFinder
{
    public async Task<PathResult?> FindPathAsync(EntityRef from, EntityRef to, int maxDepth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ExploreArguments.MaxDepth(maxDepth);
        if (from == to)
        {
            var summaries = await entities.GetSummariesAsync([from], cancellationToken).ConfigureAwait(false);
            return summaries.TryGetValue(from, out var node) ? new PathResult(true, 0, [new PathStep(node, null, null)]) : null;
        }

        var parameters = new Dictionary<string, object?>
        {
            ["from_kind"] = from.Kind.ToString(),
            ["from_id"] = from.IsNamed ? null : from.Id,
            ["from_name"] = from.Name,
            ["to_kind"] = to.Kind.ToString(),
            ["to_id"] = to.IsNamed ? null : to.Id,
            ["to_name"] = to.Name,
        };
        var result = await client.RunAsync(Statement(maxDepth), parameters, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return null;
        }

        return result.Value(0, "path") is IReadOnlyList<object?> path ? ToResult(path) : PathResult.NotFound;
    }

    /// <summary>The statement bounded by <paramref name="maxDepth"/> (already validated).</summary>
    internal static CypherStatement Statement(int maxDepth) =>
        CypherStatements.Get(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Explore/Paths/Depth{maxDepth:00}"));

    /// <summary>Steps from a typed JSON path: nodes and relationships alternating, starting and ending with a node.</summary>
    internal static PathResult ToResult(IReadOnlyList<object?> path)
    {
        var steps = new List<PathStep>();
        Neo4jNode? previous = null;
        Neo4jRelationship? via = null;
        foreach (var element in path)
        {
            switch (element)
            {
                case Neo4jRelationship relationship:
                    via = relationship;
                    break;
                case Neo4jNode node when previous is null:
                    steps.Add(new PathStep(Summary(node), null, null));
                    previous = node;
                    break;
                case Neo4jNode node:
                    var relationshipOf = via ?? throw new FormatException("Two path nodes without a relationship between them.");
                    steps.Add(new PathStep(Summary(node), Relationship(relationshipOf.Type), relationshipOf.StartElementId == previous.ElementId));
                    previous = node;
                    via = null;
                    break;
                default:
                    throw new FormatException("A path holds something other than nodes and relationships.");
            }
        }

        return new PathResult(true, steps.Count - 1, steps);
    }

    /// <summary>The summary of a node by its label: id (or name) and name or title (and year for masters and releases).</summary>
    internal static EntitySummary Summary(Neo4jNode node)
    {
        var kind = node.Labels.Select(label => Enum.TryParse<EntityKind>(label, out var parsed) ? parsed : (EntityKind?)null).FirstOrDefault(parsed => parsed is not null)
            ?? throw new FormatException($"A path node has no known label ({string.Join(", ", node.Labels)}).");
        var properties = node.Properties;
        return kind switch
        {
            EntityKind.Genre or EntityKind.Style => new EntitySummary(Neo4jRows.Ref(kind, properties.Get("name")), properties.String("name")),
            EntityKind.Master or EntityKind.Release => new EntitySummary(
                Neo4jRows.Ref(kind, properties.Get("id")), Value(properties, "title") as string, (int?)Neo4jRows.NullableLong(Value(properties, "year"))),
            _ => new EntitySummary(Neo4jRows.Ref(kind, properties.Get("id")), Value(properties, "name") as string),
        };
    }

    private static object? Value(IReadOnlyDictionary<string, object?> properties, string name) => properties.TryGetValue(name, out var value) ? value : null;

    private static PathRelationship Relationship(string type) => type switch
    {
        "BY" => PathRelationship.By,
        "ON" => PathRelationship.On,
        "IS" => PathRelationship.Is,
        "ALIAS_OF" => PathRelationship.AliasOf,
        "MEMBER_OF" => PathRelationship.MemberOf,
        "DERIVED_FROM" => PathRelationship.DerivedFrom,
        _ => throw new FormatException($"A path holds a relationship of type {type}, which paths do not follow."),
    };
}
