using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>Reads the summaries (key, name or title, year) of nodes of one kind.</summary>
internal static class EntitySummaries
{
    public static async Task<IReadOnlyList<EntitySummary>> ReadAsync(
        SqlExploreQueries queries, EntityKind kind, IReadOnlyCollection<EntityRef> refs, CancellationToken cancellationToken)
    {
        if (refs.Count == 0)
        {
            return [];
        }

        if (kind is EntityKind.Genre or EntityKind.Style)
        {
            string table = TagTable.For(kind).Names;
            return await queries.ListAsync(
                command => $"SELECT name FROM {table} WHERE name IN ({SqlCommandText.AddList(command, "n", refs.Select(reference => reference.Name))})",
                reader => new EntitySummary(EntityRef.ByName(kind, reader.GetString(0)), reader.GetString(0)),
                cancellationToken);
        }

        (string from, string name, string year) = kind switch
        {
            EntityKind.Artist => ("artists", "name", "NULL"),
            EntityKind.Label => ("labels", "name", "NULL"),
            EntityKind.Master => ("masters", "title", "year"),
            _ => ("releases", "title", "year"),
        };
        return await queries.ListAsync(
            command => $"SELECT id, {name}, {year} FROM {from} WHERE id IN ({SqlCommandText.AddList(command, "id", refs.Select(reference => reference.Id))})",
            reader => new EntitySummary(
                EntityRef.ById(kind, SqlCommandText.Int64(reader, 0)),
                SqlCommandText.NullableString(reader, 1),
                SqlCommandText.NullableInt32(reader, 2)),
            cancellationToken);
    }
}
