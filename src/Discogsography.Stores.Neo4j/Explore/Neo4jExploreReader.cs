using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Explore;

/// <summary>
/// <see cref="IExploreReader"/> over the graph. Each parent kind and category has its own statement
/// (<c>Explore/Expand/{Kind}{Category}</c>) answering one page and the live total per parent, paged by offset with a
/// unique tie-breaker last; genre, style and label counts come from the post-import properties
/// (<c>Explore/Precomputed/{Kind}</c>), live (the expand totals) when they are absent.
/// </summary>
internal sealed class Neo4jExploreReader(Neo4jQueryClient client, IEntityReader entities) : IExploreReader
{
    public async Task<ExploreResult?> ExploreAsync(EntityRef entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var summaries = await entities.GetSummariesAsync([entity], cancellationToken).ConfigureAwait(false);
        if (!summaries.TryGetValue(entity, out var center))
        {
            return null;
        }

        var precomputed = await ReadPrecomputedAsync(entity, cancellationToken).ConfigureAwait(false);
        var categories = new List<CategoryCount>();
        foreach (var category in ExploreCategories.For(entity.Kind))
        {
            var count = precomputed is not null && precomputed.TryGetValue(category, out var stored)
                ? stored
                : await TotalAsync(entity, category, cancellationToken).ConfigureAwait(false);
            categories.Add(new CategoryCount(category, count));
        }

        return new ExploreResult(center, categories);
    }

    public async Task<Page<ExpandItem>> ExpandAsync(EntityRef entity, ExpandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var pages = await ExpandManyAsync([entity], request, cancellationToken).ConfigureAwait(false);
        return pages[entity];
    }

    public async Task<IReadOnlyDictionary<EntityRef, Page<ExpandItem>>> ExpandManyAsync(
        IReadOnlyCollection<EntityRef> parents, ExpandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parents);
        ArgumentNullException.ThrowIfNull(request);
        ExploreArguments.Batch(parents);
        var answer = new Dictionary<EntityRef, Page<ExpandItem>>();
        if (parents.Count == 0)
        {
            return answer;
        }

        var kind = parents.First().Kind;
        if (parents.Any(parent => parent.Kind != kind))
        {
            throw new ExploreArgumentException(ExploreErrorCodes.ArgumentOutOfRange, "Every parent of one expansion must be of the same kind.");
        }

        var after = ExploreArguments.Expand(kind, request);
        var offset = after?.Offset ?? 0;
        var result = await RunExpandAsync(kind, request.Category, parents, offset, request.First, request.BeforeYear, cancellationToken).ConfigureAwait(false);
        foreach (var row in Neo4jRows.Of(result))
        {
            var parent = Neo4jRows.Ref(kind, row.Get("parent_key"));
            answer[parent] = ToPage(request.Category, row, offset, after is not null);
        }

        foreach (var parent in parents)
        {
            answer.TryAdd(parent, Page<ExpandItem>.Empty with { HasPreviousPage = after is not null });
        }

        return answer;
    }

    public async Task<IReadOnlyList<YearCount>> GetTrendsAsync(EntityRef entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var parameters = new Dictionary<string, object?> { ["key"] = Neo4jRows.Key(entity) };
        var result = await client.RunAsync(CypherStatements.Get($"Explore/Trends/{entity.Kind}"), parameters, cancellationToken).ConfigureAwait(false);
        return [.. Neo4jRows.Of(result).Select(row => new YearCount(row.NullableInt("year") ?? 0, row.Long("count")))];
    }

    /// <summary>The statement expanding parents of <paramref name="kind"/> into <paramref name="category"/>.</summary>
    internal static CypherStatement ExpandStatement(EntityKind kind, ExploreCategory category) =>
        CypherStatements.Get($"Explore/Expand/{kind}{category}");

    private static Page<ExpandItem> ToPage(ExploreCategory category, IReadOnlyDictionary<string, object?> row, long offset, bool hasPrevious)
    {
        var total = row.Long("total");
        var edges = new List<PageEdge<ExpandItem>>();
        foreach (var value in row.List("items"))
        {
            var item = value as IReadOnlyDictionary<string, object?> ?? throw new FormatException("An expand item is not a map.");
            var child = ChildRef(category, item);
            var year = item.NullableInt("year");
            var count = item.NullableLong("count");
            var node = new ExpandItem(new EntitySummary(child, item.String("name"), year), count);
            long? sortValue = category switch
            {
                ExploreCategory.Releases => year,
                ExploreCategory.Aliases => null,
                _ => count,
            };
            var position = offset + edges.Count + 1;
            edges.Add(new PageEdge<ExpandItem>(node, new PageCursor(position, sortValue, child.Key).Encode()));
        }

        return new Page<ExpandItem>(edges, total, offset + edges.Count < total, hasPrevious);
    }

    private static EntityRef ChildRef(ExploreCategory category, IReadOnlyDictionary<string, object?> item) => category switch
    {
        ExploreCategory.Releases => EntityRef.Release(item.Long("id")),
        ExploreCategory.Artists or ExploreCategory.Aliases => EntityRef.Artist(item.Long("id")),
        ExploreCategory.Labels => EntityRef.Label(item.Long("id")),
        ExploreCategory.Genres => EntityRef.Genre(item.String("name") ?? string.Empty),
        _ => EntityRef.Style(item.String("name") ?? string.Empty),
    };

    private Task<Neo4jQueryResult> RunExpandAsync(
        EntityKind kind, ExploreCategory category, IEnumerable<EntityRef> parents, long skip, long limit, int? beforeYear, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["keys"] = parents.Select(Neo4jRows.Key).Distinct().ToList(),
            ["skip"] = skip,
            ["limit"] = limit,
            ["before_year"] = beforeYear,
        };
        return client.RunAsync(ExpandStatement(kind, category), parameters, cancellationToken);
    }

    private async Task<long> TotalAsync(EntityRef entity, ExploreCategory category, CancellationToken cancellationToken)
    {
        var result = await RunExpandAsync(entity.Kind, category, [entity], 0, 0, null, cancellationToken).ConfigureAwait(false);
        return result.SingleLong("total");
    }

    // The post-import counts of a genre, style or label; null for other kinds or when the precomputation has not run.
    private async Task<Dictionary<ExploreCategory, long>?> ReadPrecomputedAsync(EntityRef entity, CancellationToken cancellationToken)
    {
        if (entity.Kind is not (EntityKind.Genre or EntityKind.Style or EntityKind.Label))
        {
            return null;
        }

        var parameters = new Dictionary<string, object?> { ["key"] = Neo4jRows.Key(entity) };
        var result = await client.RunAsync(CypherStatements.Get($"Explore/Precomputed/{entity.Kind}"), parameters, cancellationToken).ConfigureAwait(false);
        var row = Neo4jRows.Of(result).FirstOrDefault();
        if (row is null || row.NullableLong("releases") is null)
        {
            return null;
        }

        var counts = new Dictionary<ExploreCategory, long>();
        foreach (var category in ExploreCategories.For(entity.Kind))
        {
            if (row.NullableLong(ExploreCategories.Key(category)) is long count)
            {
                counts[category] = count;
            }
        }

        return counts;
    }
}
