using System.Data.Common;
using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

/// <summary><see cref="IExploreReader"/> over the catalog tables (one SQL dialect subset shared by SQLite and PostgreSQL).</summary>
internal sealed partial class SqlExploreReader(SqlExploreQueries queries, IEntityReader entities) : IExploreReader
{
    public async Task<ExploreResult?> ExploreAsync(EntityRef entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        IReadOnlyDictionary<EntityRef, EntitySummary> summaries = await entities.GetSummariesAsync([entity], cancellationToken);
        if (!summaries.TryGetValue(entity, out EntitySummary? center))
        {
            return null;
        }

        Dictionary<long, EntityRef> parent = await ExploreSql.ResolveAsync(queries, entity.Kind, [entity], cancellationToken);
        long linkId = parent.Keys.Single();
        PrecomputedCounts? precomputed = await ReadPrecomputedAsync(entity.Kind, linkId, cancellationToken);
        var categories = new List<CategoryCount>();
        foreach (ExploreCategory category in ExploreCategories.For(entity.Kind))
        {
            long count = precomputed?.For(category) ?? await CountAsync(entity.Kind, category, linkId, null, cancellationToken);
            categories.Add(new CategoryCount(category, count));
        }

        return new ExploreResult(center, categories);
    }

    public async Task<Page<ExpandItem>> ExpandAsync(EntityRef entity, ExpandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        PageCursor? after = ExploreArguments.Expand(entity.Kind, request);
        if (after is null)
        {
            // The first page with its total in one query, as for many parents.
            IReadOnlyDictionary<EntityRef, Page<ExpandItem>> pages = await ExpandManyAsync([entity], request, cancellationToken);
            return pages[entity];
        }

        return await ExpandAfterAsync(entity, request, after, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<EntityRef, Page<ExpandItem>>> ExpandManyAsync(
        IReadOnlyCollection<EntityRef> parents, ExpandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parents);
        ExploreArguments.Batch(parents);
        var answer = new Dictionary<EntityRef, Page<ExpandItem>>();
        if (parents.Count == 0)
        {
            ArgumentNullException.ThrowIfNull(request);
            return answer;
        }

        EntityKind kind = parents.First().Kind;
        if (parents.Any(parent => parent.Kind != kind))
        {
            throw new ExploreArgumentException(ExploreErrorCodes.ArgumentOutOfRange, "Every parent of one expansion must be of the same kind.");
        }

        PageCursor? after = ExploreArguments.Expand(kind, request);
        long offset = after?.Offset ?? 0;
        Dictionary<long, EntityRef> resolved = await ExploreSql.ResolveAsync(queries, kind, parents, cancellationToken);
        var rows = new List<ExpandRow>();
        if (resolved.Count > 0)
        {
            rows = await ReadPageRowsAsync(kind, request, resolved.Keys, offset, cancellationToken);
        }

        foreach (IGrouping<long, ExpandRow> group in rows.GroupBy(row => row.ParentId))
        {
            answer[resolved[group.Key]] = ToPage(kind, request, group.ToList(), offset, after is not null);
        }

        foreach (EntityRef parent in parents)
        {
            answer.TryAdd(parent, after is null ? Page<ExpandItem>.Empty : Page<ExpandItem>.Empty with { HasPreviousPage = true });
        }

        return answer;
    }

    public async Task<IReadOnlyList<YearCount>> GetTrendsAsync(EntityRef entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Dictionary<long, EntityRef> resolved = await ExploreSql.ResolveAsync(queries, entity.Kind, [entity], cancellationToken);
        if (resolved.Count == 0)
        {
            return [];
        }

        return await queries.ListAsync(
            command =>
            {
                string parents = ExploreSql.AddParents(command, resolved.Keys);
                return $"WITH p AS ({ExploreSql.ParentReleases(entity.Kind, parents, beforeYear: false)}) " +
                    "SELECT year, COUNT(DISTINCT release_id) FROM p WHERE year > 0 GROUP BY year ORDER BY year";
            },
            reader => new YearCount((int)SqlCommandText.Int64(reader, 0), SqlCommandText.Int64(reader, 1)),
            cancellationToken);
    }

    private Page<ExpandItem> ToPage(EntityKind kind, ExpandRequest request, List<ExpandRow> rows, long offset, bool hasPrevious)
    {
        long total = rows[0].Total;
        var edges = new List<PageEdge<ExpandItem>>();
        foreach (ExpandRow row in rows.Where(row => row.RowNumber > offset).OrderBy(row => row.RowNumber).Take(request.First))
        {
            EntityRef child = ChildRef(kind, request.Category, row);
            bool counted = request.Category is not (ExploreCategory.Releases or ExploreCategory.Aliases);
            var item = new ExpandItem(new EntitySummary(child, row.ChildName, row.ChildYear), counted ? row.Count : null);
            long? sortValue = request.Category switch
            {
                ExploreCategory.Releases => row.ChildYear,
                ExploreCategory.Aliases => null,
                _ => row.Count,
            };
            var cursor = new PageCursor(row.RowNumber, sortValue, child.Key);
            edges.Add(new PageEdge<ExpandItem>(item, cursor.Encode()));
        }

        long last = edges.Count == 0 ? offset : offset + edges.Count;
        return new Page<ExpandItem>(edges, total, last < total, hasPrevious);
    }

    private static EntityRef ChildRef(EntityKind parentKind, ExploreCategory category, ExpandRow row) => category switch
    {
        ExploreCategory.Releases => EntityRef.Release(row.ChildId),
        ExploreCategory.Artists or ExploreCategory.Aliases => EntityRef.Artist(row.ChildId),
        ExploreCategory.Labels => EntityRef.Label(row.ChildId),
        ExploreCategory.Genres => EntityRef.Genre(row.ChildName ?? string.Empty),
        ExploreCategory.Styles => EntityRef.Style(row.ChildName ?? string.Empty),
        _ => throw ExploreCategories.UnknownCategory(parentKind, category),
    };

    private Task<List<ExpandRow>> ReadPageRowsAsync(
        EntityKind kind, ExpandRequest request, IReadOnlyCollection<long> parentIds, long offset, CancellationToken cancellationToken) =>
        queries.ListAsync(
            command =>
            {
                string parents = ExploreSql.AddParents(command, parentIds);
                bool beforeYear = AddBeforeYear(command, request);

                SqlCommandText.Add(command, "offset", offset);
                SqlCommandText.Add(command, "last", offset + request.First + 1);
                string order = ExploreSql.Order(request.Category, queries.Ordinal);
                return $"WITH p AS ({ExploreSql.ParentReleases(kind, parents, beforeYear)}), " +
                    $"items AS ({ExploreSql.Items(request.Category, parents)}), " +
                    $"ranked AS (SELECT items.*, ROW_NUMBER() OVER (PARTITION BY parent_id ORDER BY {order}) AS rn, " +
                    "COUNT(*) OVER (PARTITION BY parent_id) AS total FROM items) " +
                    "SELECT parent_id, child_id, child_name, child_year, cnt, rn, total FROM ranked " +
                    "WHERE rn = 1 OR (rn > @offset AND rn <= @last) ORDER BY parent_id, rn";
            },
            ReadRow,
            cancellationToken);

    private async Task<long> CountAsync(EntityKind kind, ExploreCategory category, long linkId, int? beforeYear, CancellationToken cancellationToken)
    {
        List<long> counts = await queries.ListAsync(
            command =>
            {
                string parents = ExploreSql.AddParents(command, [linkId]);
                bool filtered = AddBeforeYear(command, new ExpandRequest(category, BeforeYear: beforeYear));
                return $"WITH p AS ({ExploreSql.ParentReleases(kind, parents, filtered)}), " +
                    $"items AS ({ExploreSql.Items(category, parents)}) SELECT COUNT(*) FROM items";
            },
            reader => SqlCommandText.Int64(reader, 0),
            cancellationToken);
        return counts[0];
    }

    private static ExpandRow ReadRow(DbDataReader reader) => new(
        SqlCommandText.Int64(reader, 0),
        SqlCommandText.Int64(reader, 1),
        SqlCommandText.NullableString(reader, 2),
        SqlCommandText.NullableInt32(reader, 3),
        SqlCommandText.NullableInt64(reader, 4),
        SqlCommandText.Int64(reader, 5),
        SqlCommandText.Int64(reader, 6));

    private sealed record ExpandRow(long ParentId, long ChildId, string? ChildName, int? ChildYear, long? Count, long RowNumber, long Total);

}
