using System.Data.Common;
using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

internal sealed partial class SqlExploreReader
{
    // A page of one parent by keyset: the items strictly after the cursor's sort key in the category's order (all of
    // them for the first page), so pages stay free of gaps and duplicates even when rows before the cursor come or go.
    private async Task<Page<ExpandItem>> ExpandOneAsync(EntityRef entity, ExpandRequest request, PageCursor? after, CancellationToken cancellationToken)
    {
        Dictionary<long, EntityRef> resolved = await ExploreSql.ResolveAsync(queries, entity.Kind, [entity], cancellationToken);
        if (resolved.Count == 0)
        {
            return Page<ExpandItem>.Empty with { HasPreviousPage = after is not null };
        }

        long linkId = resolved.Keys.Single();
        List<ExpandRow> rows = await queries.ListAsync(
            command =>
            {
                string parents = ExploreSql.AddParents(command, [linkId]);
                bool beforeYear = AddBeforeYear(command, request);
                string keyset = after is null ? "1 = 1" : Keyset(command, request.Category, after);
                string order = ExploreSql.Order(request.Category, queries.Ordinal);
                return $"WITH p AS ({ExploreSql.ParentReleases(entity.Kind, parents, beforeYear)}), " +
                    $"items AS ({ExploreSql.Items(request.Category, parents)}) " +
                    ExploreSql.Named(
                        request.Category,
                        $"SELECT items.*, ROW_NUMBER() OVER (ORDER BY {order}) AS rn, (SELECT COUNT(*) FROM items) AS total FROM items " +
                        $"WHERE {keyset} ORDER BY {order} LIMIT {request.First}");
            },
            ReadRow,
            cancellationToken);
        if (rows.Count == 0)
        {
            long total = await CountAsync(entity.Kind, request.Category, linkId, request.BeforeYear, cancellationToken);
            return new Page<ExpandItem>([], total, false, after is not null);
        }

        long offset = after?.Offset ?? 0;
        List<ExpandRow> numbered = [.. rows.Select((row, index) => row with { RowNumber = offset + index + 1 })];
        return ToPage(entity.Kind, request, numbered, offset, hasPrevious: after is not null);
    }

    private static bool AddBeforeYear(DbCommand command, ExpandRequest request)
    {
        if (request.BeforeYear is null || request.Category == ExploreCategory.Aliases)
        {
            return false;
        }

        SqlCommandText.Add(command, "before_year", request.BeforeYear);
        return true;
    }

    // The condition "after the cursor" for the category's order (see ExploreSql.Order).
    private string Keyset(DbCommand command, ExploreCategory category, PageCursor after)
    {
        switch (category)
        {
            case ExploreCategory.Releases:
                SqlCommandText.Add(command, "after_id", after.TieBreakId());
                if (after.SortValue is long year)
                {
                    SqlCommandText.Add(command, "after_year", year);
                    return "(child_year IS NULL OR child_year < @after_year OR (child_year = @after_year AND child_id > @after_id))";
                }

                return "(child_year IS NULL AND child_id > @after_id)";
            case ExploreCategory.Aliases:
                SqlCommandText.Add(command, "after_id", after.TieBreakId());
                return "child_id > @after_id";
            case ExploreCategory.Artists or ExploreCategory.Labels:
                SqlCommandText.Add(command, "after_count", after.SortValue ?? throw InvalidCursor());
                SqlCommandText.Add(command, "after_id", after.TieBreakId());
                return "(cnt < @after_count OR (cnt = @after_count AND child_id > @after_id))";
            default:
                SqlCommandText.Add(command, "after_count", after.SortValue ?? throw InvalidCursor());
                SqlCommandText.Add(command, "after_name", after.TieBreak);
                return $"(cnt < @after_count OR (cnt = @after_count AND child_name{queries.Ordinal} > @after_name))";
        }
    }

    private static ExploreArgumentException InvalidCursor() =>
        new(ExploreErrorCodes.InvalidCursor, "The cursor is not valid here; use a cursor from the previous page of the same list.");
}
