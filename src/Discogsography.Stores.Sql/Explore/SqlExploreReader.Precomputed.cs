using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

internal sealed partial class SqlExploreReader
{
    // Genre, style and label category counts come from the post-import tables; null when they hold no row (live fallback).
    private async Task<PrecomputedCounts?> ReadPrecomputedAsync(EntityKind kind, long linkId, CancellationToken cancellationToken)
    {
        string? sql = kind switch
        {
            EntityKind.Genre => "SELECT release_count, artist_count, label_count, style_count FROM genre_stats WHERE genre_id = @id",
            EntityKind.Style => "SELECT release_count, artist_count, label_count, genre_count FROM style_stats WHERE style_id = @id",
            EntityKind.Label => "SELECT release_count, artist_count, genre_count, 0 FROM label_stats WHERE label_id = @id",
            _ => null,
        };
        if (sql is null)
        {
            return null;
        }

        List<PrecomputedCounts> rows = await queries.ListAsync(
            command =>
            {
                SqlCommandText.Add(command, "id", linkId);
                return sql;
            },
            reader => new PrecomputedCounts(
                kind,
                SqlCommandText.Int64(reader, 0),
                SqlCommandText.Int64(reader, 1),
                SqlCommandText.Int64(reader, 2),
                SqlCommandText.Int64(reader, 3)),
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private sealed record PrecomputedCounts(EntityKind Kind, long Releases, long Second, long Third, long Fourth)
    {
        public long? For(ExploreCategory category) => (Kind, category) switch
        {
            (_, ExploreCategory.Releases) => Releases,
            (_, ExploreCategory.Artists) => Second,
            (EntityKind.Label, ExploreCategory.Genres) => Third,
            (_, ExploreCategory.Labels) => Third,
            (_, ExploreCategory.Styles or ExploreCategory.Genres) => Fourth,
            _ => null,
        };
    }
}
