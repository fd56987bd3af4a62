using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>
/// Reads the neighbours of a frontier of one kind over BY, ON, IS, ALIAS_OF, MEMBER_OF and DERIVED_FROM, in one
/// query per kind: rows of (from id or name, to kind, to id, to name, relationship, forward).
/// </summary>
internal static class PathNeighbourQueries
{
    public static async Task<List<PathNeighbour>> ReadAsync(
        SqlExploreQueries queries, EntityKind kind, IReadOnlyCollection<EntityRef> frontier, CancellationToken cancellationToken)
    {
        bool named = kind is EntityKind.Genre or EntityKind.Style;
        return await queries.ListAsync(
            command =>
            {
                string list = named
                    ? SqlCommandText.AddList(command, "n", frontier.Select(node => node.Name))
                    : SqlCommandText.AddList(command, "f", frontier.Select(node => node.Id));
                return Sql(kind, list);
            },
            reader =>
            {
                EntityRef from = named ? EntityRef.ByName(kind, reader.GetString(1)) : EntityRef.ById(kind, SqlCommandText.Int64(reader, 0));
                var toKind = (EntityKind)SqlCommandText.Int64(reader, 2);
                EntityRef to = toKind is EntityKind.Genre or EntityKind.Style
                    ? EntityRef.ByName(toKind, reader.GetString(4))
                    : EntityRef.ById(toKind, SqlCommandText.Int64(reader, 3));
                return new PathNeighbour(from, to, (PathRelationship)SqlCommandText.Int64(reader, 5), SqlCommandText.Boolean(reader, 6));
            },
            cancellationToken);
    }

    // Columns: from_id, from_name, to_kind, to_id, to_name, relationship, forward (1 = from → to).
    private static string Sql(EntityKind kind, string list)
    {
        int artist = (int)EntityKind.Artist, label = (int)EntityKind.Label, master = (int)EntityKind.Master, release = (int)EntityKind.Release;
        int genre = (int)EntityKind.Genre, style = (int)EntityKind.Style;
        int by = (int)PathRelationship.By, on = (int)PathRelationship.On, @is = (int)PathRelationship.Is;
        int aliasOf = (int)PathRelationship.AliasOf, memberOf = (int)PathRelationship.MemberOf, derivedFrom = (int)PathRelationship.DerivedFrom;
        const string NoName = "CAST(NULL AS TEXT)";
        const string NoId = "CAST(NULL AS BIGINT)";
        return kind switch
        {
            EntityKind.Artist =>
                $"SELECT artist_id, {NoName}, {release}, release_id, {NoName}, {by}, 0 FROM release_artists WHERE artist_id IN ({list}) " +
                $"UNION ALL SELECT artist_id, {NoName}, {master}, master_id, {NoName}, {by}, 0 FROM master_artists WHERE artist_id IN ({list}) " +
                $"UNION ALL SELECT artist_id, {NoName}, {artist}, alias_id, {NoName}, {aliasOf}, 0 FROM artist_aliases WHERE artist_id IN ({list}) AND alias_id IS NOT NULL " +
                $"UNION ALL SELECT alias_id, {NoName}, {artist}, artist_id, {NoName}, {aliasOf}, 1 FROM artist_aliases WHERE alias_id IN ({list}) " +
                $"UNION ALL SELECT artist_id, {NoName}, {artist}, group_id, {NoName}, {memberOf}, 1 FROM artist_groups WHERE artist_id IN ({list}) AND group_id IS NOT NULL " +
                $"UNION ALL SELECT group_id, {NoName}, {artist}, artist_id, {NoName}, {memberOf}, 0 FROM artist_groups WHERE group_id IN ({list}) " +
                $"UNION ALL SELECT group_id, {NoName}, {artist}, member_id, {NoName}, {memberOf}, 0 FROM artist_members WHERE group_id IN ({list}) AND member_id IS NOT NULL " +
                $"UNION ALL SELECT member_id, {NoName}, {artist}, group_id, {NoName}, {memberOf}, 1 FROM artist_members WHERE member_id IN ({list})",
            EntityKind.Release =>
                $"SELECT release_id, {NoName}, {artist}, artist_id, {NoName}, {by}, 1 FROM release_artists WHERE release_id IN ({list}) AND artist_id IS NOT NULL " +
                $"UNION ALL SELECT release_id, {NoName}, {label}, label_id, {NoName}, {on}, 1 FROM release_labels WHERE release_id IN ({list}) AND label_id IS NOT NULL " +
                $"UNION ALL SELECT l.release_id, {NoName}, {genre}, {NoId}, g.name, {@is}, 1 FROM release_genres l JOIN genres g ON g.id = l.genre_id WHERE l.release_id IN ({list}) " +
                $"UNION ALL SELECT l.release_id, {NoName}, {style}, {NoId}, s.name, {@is}, 1 FROM release_styles l JOIN styles s ON s.id = l.style_id WHERE l.release_id IN ({list}) " +
                $"UNION ALL SELECT id, {NoName}, {master}, master_id, {NoName}, {derivedFrom}, 1 FROM releases WHERE id IN ({list}) AND master_id IS NOT NULL",
            EntityKind.Master =>
                $"SELECT master_id, {NoName}, {release}, id, {NoName}, {derivedFrom}, 0 FROM releases WHERE master_id IN ({list}) " +
                $"UNION ALL SELECT master_id, {NoName}, {artist}, artist_id, {NoName}, {by}, 1 FROM master_artists WHERE master_id IN ({list}) AND artist_id IS NOT NULL " +
                $"UNION ALL SELECT l.master_id, {NoName}, {genre}, {NoId}, g.name, {@is}, 1 FROM master_genres l JOIN genres g ON g.id = l.genre_id WHERE l.master_id IN ({list}) " +
                $"UNION ALL SELECT l.master_id, {NoName}, {style}, {NoId}, s.name, {@is}, 1 FROM master_styles l JOIN styles s ON s.id = l.style_id WHERE l.master_id IN ({list})",
            EntityKind.Label =>
                $"SELECT label_id, {NoName}, {release}, release_id, {NoName}, {on}, 0 FROM release_labels WHERE label_id IN ({list})",
            EntityKind.Genre =>
                $"SELECT {NoId}, g.name, {release}, l.release_id, {NoName}, {@is}, 0 FROM release_genres l JOIN genres g ON g.id = l.genre_id WHERE g.name IN ({list}) " +
                $"UNION ALL SELECT {NoId}, g.name, {master}, l.master_id, {NoName}, {@is}, 0 FROM master_genres l JOIN genres g ON g.id = l.genre_id WHERE g.name IN ({list})",
            _ =>
                $"SELECT {NoId}, s.name, {release}, l.release_id, {NoName}, {@is}, 0 FROM release_styles l JOIN styles s ON s.id = l.style_id WHERE s.name IN ({list}) " +
                $"UNION ALL SELECT {NoId}, s.name, {master}, l.master_id, {NoName}, {@is}, 0 FROM master_styles l JOIN styles s ON s.id = l.style_id WHERE s.name IN ({list})",
        };
    }
}
