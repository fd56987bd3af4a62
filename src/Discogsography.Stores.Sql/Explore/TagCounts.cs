namespace Discogsography.Stores.Sql.Explore;

/// <summary>
/// A genre's or style's counts: the post-import precomputation when it has a row, else counted live over the
/// release links (distinct releases, their artists and labels, co-tagged tags of the other kind, earliest year).
/// </summary>
internal sealed record TagCounts(string Name, long ReleaseCount, long ArtistCount, long LabelCount, long OtherTagCount, int? FirstYear)
{
    public static async Task<IReadOnlyList<TagCounts>> ReadAsync(
        SqlExploreQueries queries, TagTable table, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return [];
        }

        TagTable other = table.Other;
        return await queries.ListAsync(
            command =>
            {
                string list = SqlCommandText.AddList(command, "n", names.Distinct(StringComparer.Ordinal));
                return $"""
                    SELECT t.name,
                           COALESCE(s.release_count, (SELECT COUNT(DISTINCT l.release_id) FROM {table.ReleaseLinks} l WHERE l.{table.IdColumn} = t.id)),
                           COALESCE(s.artist_count, (SELECT COUNT(DISTINCT a.artist_id) FROM {table.ReleaseLinks} l
                               JOIN release_artists a ON a.release_id = l.release_id WHERE l.{table.IdColumn} = t.id AND a.artist_id IS NOT NULL)),
                           COALESCE(s.label_count, (SELECT COUNT(DISTINCT b.label_id) FROM {table.ReleaseLinks} l
                               JOIN release_labels b ON b.release_id = l.release_id WHERE l.{table.IdColumn} = t.id AND b.label_id IS NOT NULL)),
                           COALESCE(s.{table.OtherCountColumn}, (SELECT COUNT(DISTINCT o.{other.IdColumn}) FROM {table.ReleaseLinks} l
                               JOIN {other.ReleaseLinks} o ON o.release_id = l.release_id WHERE l.{table.IdColumn} = t.id)),
                           CASE WHEN s.{table.IdColumn} IS NULL
                                THEN (SELECT MIN(l.year) FROM {table.ReleaseLinks} l WHERE l.{table.IdColumn} = t.id AND l.year > 0)
                                ELSE s.first_year END
                    FROM {table.Names} t
                    LEFT JOIN {table.Stats} s ON s.{table.IdColumn} = t.id
                    WHERE t.name IN ({list})
                    """;
            },
            reader => new TagCounts(
                reader.GetString(0),
                SqlCommandText.Int64(reader, 1),
                SqlCommandText.Int64(reader, 2),
                SqlCommandText.Int64(reader, 3),
                SqlCommandText.Int64(reader, 4),
                SqlCommandText.NullableInt32(reader, 5)),
            cancellationToken);
    }
}
