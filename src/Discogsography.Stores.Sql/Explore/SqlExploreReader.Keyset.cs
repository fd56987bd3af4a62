using System.Data.Common;
using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

internal sealed partial class SqlExploreReader
{
    // A later page of one parent by keyset: the items strictly after the cursor's sort key in the category's order,
    // so pages stay free of gaps and duplicates even when rows before the cursor come or go.
    private async Task<Page<ExpandItem>> ExpandAfterAsync(EntityRef entity, ExpandRequest request, PageCursor after, CancellationToken cancellationToken)
    {
        Dictionary<long, EntityRef> resolved = await ExploreSql.ResolveAsync(queries, entity.Kind, [entity], cancellationToken);
        if (resolved.Count == 0)
        {
            return Page<ExpandItem>.Empty with { HasPreviousPage = true };
        }

        long linkId = resolved.Keys.Single();
        List<ExpandRow> rows = await queries.ListAsync(
            command =>
            {
                string parents = ExploreSql.AddParents(command, [linkId]);
                bool beforeYear = AddBeforeYear(command, request);
                string keyset = Keyset(command, request.Category, after);
                string order = ExploreSql.Order(request.Category, queries.Ordinal);
                return $"WITH p AS ({ExploreSql.ParentReleases(entity.Kind, parents, beforeYear)}), " +
                    $"items AS ({ExploreSql.Items(request.Category, parents)}) " +
                    "SELECT parent_id, child_id, child_name, child_year, cnt, 0, (SELECT COUNT(*) FROM items) FROM items " +
                    $"WHERE {keyset} ORDER BY {order} LIMIT {request.First}";
            },
            ReadRow,
            cancellationToken);
        if (rows.Count == 0)
        {
            long total = await CountAsync(entity.Kind, request.Category, linkId, request.BeforeYear, cancellationToken);
            return new Page<ExpandItem>([], total, false, true);
        }

        List<ExpandRow> numbered = [.. rows.Select((row, index) => row with { RowNumber = after.Offset + index + 1 })];
        return ToPage(entity.Kind, request, numbered, after.Offset, hasPrevious: true);
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
