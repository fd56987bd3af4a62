using System.Data.Common;
using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>
/// Builds the SQL shared by explore, expand and trends: <c>p(parent_id, release_id, year)</c>, the distinct releases
/// linked to each parent, and <c>items(parent_id, child_id, child_name, child_year, cnt)</c>, a category's
/// neighbours. Parents are numeric link ids (the Discogs id, or the genre's or style's row id) in <c>@p0..@pN</c>.
/// </summary>
internal static class ExploreSql
{
    /// <summary>The distinct releases of each parent, optionally with a known year ≤ <c>@before_year</c>.</summary>
    public static string ParentReleases(EntityKind kind, string parents, bool beforeYear)
    {
        string year = beforeYear ? " AND year > 0 AND year <= @before_year" : string.Empty;
        return kind switch
        {
            EntityKind.Artist => $"SELECT DISTINCT artist_id AS parent_id, release_id, year FROM release_artists WHERE artist_id IN ({parents}){year}",
            EntityKind.Label => $"SELECT DISTINCT label_id AS parent_id, release_id, year FROM release_labels WHERE label_id IN ({parents}){year}",
            EntityKind.Genre => $"SELECT genre_id AS parent_id, release_id, year FROM release_genres WHERE genre_id IN ({parents}){year}",
            EntityKind.Style => $"SELECT style_id AS parent_id, release_id, year FROM release_styles WHERE style_id IN ({parents}){year}",
            EntityKind.Master => $"SELECT master_id AS parent_id, id AS release_id, year FROM releases WHERE master_id IN ({parents}){year}",
            _ => $"SELECT id AS parent_id, id AS release_id, year FROM releases WHERE id IN ({parents}){year}",
        };
    }

    /// <summary>A category's neighbours of each parent (reads <c>p</c>; aliases read the artist link tables).</summary>
    public static string Items(ExploreCategory category, string parents) => category switch
    {
        ExploreCategory.Releases =>
            "SELECT p.parent_id, r.id AS child_id, r.title AS child_name, r.year AS child_year, CAST(NULL AS BIGINT) AS cnt " +
            "FROM p JOIN releases r ON r.id = p.release_id",
        ExploreCategory.Artists => Counted("release_artists", "artist_id", "LEFT JOIN artists n ON n.id = g.child_id"),
        ExploreCategory.Labels => Counted("release_labels", "label_id", "LEFT JOIN labels n ON n.id = g.child_id"),
        ExploreCategory.Genres => Counted("release_genres", "genre_id", "JOIN genres n ON n.id = g.child_id"),
        ExploreCategory.Styles => Counted("release_styles", "style_id", "JOIN styles n ON n.id = g.child_id"),
        ExploreCategory.Aliases => Aliases(parents),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The ordering of a category's neighbours (ends with a unique tie-breaker).</summary>
    public static string Order(ExploreCategory category, string ordinal) => category switch
    {
        ExploreCategory.Releases => "CASE WHEN child_year IS NULL THEN 1 ELSE 0 END, child_year DESC, child_id",
        ExploreCategory.Artists or ExploreCategory.Labels => "cnt DESC, child_id",
        ExploreCategory.Genres or ExploreCategory.Styles => $"cnt DESC, child_name{ordinal}",
        _ => "child_id",
    };

    /// <summary>Resolves parent references of one kind to their numeric link ids; unknown parents are left out.</summary>
    public static async Task<Dictionary<long, EntityRef>> ResolveAsync(
        SqlExploreQueries queries, EntityKind kind, IReadOnlyCollection<EntityRef> parents, CancellationToken cancellationToken)
    {
        if (parents.Count == 0)
        {
            return [];
        }

        if (kind is EntityKind.Genre or EntityKind.Style)
        {
            List<(long Id, string Name)> rows = await queries.ListAsync(
                command => $"SELECT id, name FROM {TagTable.For(kind).Names} WHERE name IN ({SqlCommandText.AddList(command, "n", parents.Select(parent => parent.Name))})",
                reader => (SqlCommandText.Int64(reader, 0), reader.GetString(1)),
                cancellationToken);
            return rows.ToDictionary(row => row.Id, row => EntityRef.ByName(kind, row.Name));
        }

        string table = kind switch
        {
            EntityKind.Artist => "artists",
            EntityKind.Label => "labels",
            EntityKind.Master => "masters",
            _ => "releases",
        };
        List<long> ids = await queries.ListAsync(
            command => $"SELECT id FROM {table} WHERE id IN ({SqlCommandText.AddList(command, "id", parents.Select(parent => parent.Id))})",
            reader => SqlCommandText.Int64(reader, 0),
            cancellationToken);
        return ids.ToDictionary(id => id, id => EntityRef.ById(kind, id));
    }

    /// <summary>Adds the parents' link ids as <c>@p0..@pN</c> and returns the list text.</summary>
    public static string AddParents(DbCommand command, IEnumerable<long> ids) => SqlCommandText.AddList(command, "p", ids);

    private static string Counted(string links, string column, string nameJoin) =>
        "SELECT g.parent_id, g.child_id, n.name AS child_name, CAST(NULL AS INTEGER) AS child_year, g.cnt FROM (" +
        $"SELECT p.parent_id, c.{column} AS child_id, COUNT(DISTINCT p.release_id) AS cnt FROM p JOIN {links} c ON c.release_id = p.release_id " +
        $"WHERE c.{column} IS NOT NULL GROUP BY p.parent_id, c.{column}) g {nameJoin}";

    // Aliases, groups and members, whichever record lists the link, one row per distinct artist.
    private static string Aliases(string parents) =>
        "SELECT g.parent_id, g.child_id, COALESCE(n.name, g.link_name) AS child_name, CAST(NULL AS INTEGER) AS child_year, CAST(NULL AS BIGINT) AS cnt FROM (" +
        "SELECT parent_id, child_id, MAX(link_name) AS link_name FROM (" +
        $"SELECT artist_id AS parent_id, alias_id AS child_id, name AS link_name FROM artist_aliases WHERE artist_id IN ({parents}) " +
        $"UNION ALL SELECT alias_id, artist_id, NULL FROM artist_aliases WHERE alias_id IN ({parents}) " +
        $"UNION ALL SELECT artist_id, group_id, name FROM artist_groups WHERE artist_id IN ({parents}) " +
        $"UNION ALL SELECT group_id, artist_id, NULL FROM artist_groups WHERE group_id IN ({parents}) " +
        $"UNION ALL SELECT group_id, member_id, name FROM artist_members WHERE group_id IN ({parents}) " +
        $"UNION ALL SELECT member_id, group_id, NULL FROM artist_members WHERE member_id IN ({parents})" +
        ") u WHERE child_id IS NOT NULL AND child_id <> parent_id GROUP BY parent_id, child_id) g LEFT JOIN artists n ON n.id = g.child_id";
}
