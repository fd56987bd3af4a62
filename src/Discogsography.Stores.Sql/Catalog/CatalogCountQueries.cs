namespace Discogsography.Stores.Sql.Catalog;

/// <summary>
/// The post-import count statements (the same SQL on both providers): each empties a precomputed table and
/// refills it from the link tables in one set-based pass. <c>@now</c> is the computation time.
/// </summary>
internal static class CatalogCountQueries
{
    public static readonly IReadOnlyList<string> All =
    [
        "DELETE FROM genre_stats",
        """
        INSERT INTO genre_stats (genre_id, release_count, artist_count, label_count, style_count, first_year, computed_at)
        SELECT g.id, coalesce(r.n, 0), coalesce(a.n, 0), coalesce(l.n, 0), coalesce(s.n, 0), r.first_year, @now
        FROM genres g
        LEFT JOIN (SELECT genre_id, count(*) AS n, min(CASE WHEN year > 0 THEN year END) AS first_year
                   FROM release_genres GROUP BY genre_id) r ON r.genre_id = g.id
        LEFT JOIN (SELECT t.genre_id, count(DISTINCT x.artist_id) AS n FROM release_genres t
                   JOIN release_artists x ON x.release_id = t.release_id GROUP BY t.genre_id) a ON a.genre_id = g.id
        LEFT JOIN (SELECT t.genre_id, count(DISTINCT x.label_id) AS n FROM release_genres t
                   JOIN release_labels x ON x.release_id = t.release_id GROUP BY t.genre_id) l ON l.genre_id = g.id
        LEFT JOIN (SELECT t.genre_id, count(DISTINCT x.style_id) AS n FROM release_genres t
                   JOIN release_styles x ON x.release_id = t.release_id GROUP BY t.genre_id) s ON s.genre_id = g.id
        """,
        "DELETE FROM style_stats",
        """
        INSERT INTO style_stats (style_id, release_count, artist_count, label_count, genre_count, first_year, computed_at)
        SELECT s.id, coalesce(r.n, 0), coalesce(a.n, 0), coalesce(l.n, 0), coalesce(g.n, 0), r.first_year, @now
        FROM styles s
        LEFT JOIN (SELECT style_id, count(*) AS n, min(CASE WHEN year > 0 THEN year END) AS first_year
                   FROM release_styles GROUP BY style_id) r ON r.style_id = s.id
        LEFT JOIN (SELECT t.style_id, count(DISTINCT x.artist_id) AS n FROM release_styles t
                   JOIN release_artists x ON x.release_id = t.release_id GROUP BY t.style_id) a ON a.style_id = s.id
        LEFT JOIN (SELECT t.style_id, count(DISTINCT x.label_id) AS n FROM release_styles t
                   JOIN release_labels x ON x.release_id = t.release_id GROUP BY t.style_id) l ON l.style_id = s.id
        LEFT JOIN (SELECT t.style_id, count(DISTINCT x.genre_id) AS n FROM release_styles t
                   JOIN release_genres x ON x.release_id = t.release_id GROUP BY t.style_id) g ON g.style_id = s.id
        """,
        "DELETE FROM label_stats",
        """
        INSERT INTO label_stats (label_id, release_count, artist_count, genre_count, computed_at)
        SELECT r.label_id, r.n, coalesce(a.n, 0), coalesce(g.n, 0), @now
        FROM (SELECT label_id, count(DISTINCT release_id) AS n FROM release_labels WHERE label_id IS NOT NULL GROUP BY label_id) r
        LEFT JOIN (SELECT t.label_id, count(DISTINCT x.artist_id) AS n FROM release_labels t
                   JOIN release_artists x ON x.release_id = t.release_id WHERE t.label_id IS NOT NULL GROUP BY t.label_id) a ON a.label_id = r.label_id
        LEFT JOIN (SELECT t.label_id, count(DISTINCT x.genre_id) AS n FROM release_labels t
                   JOIN release_genres x ON x.release_id = t.release_id WHERE t.label_id IS NOT NULL GROUP BY t.label_id) g ON g.label_id = r.label_id
        """,
        "DELETE FROM genre_year_counts",
        "INSERT INTO genre_year_counts (genre_id, year, release_count) SELECT genre_id, year, count(*) FROM release_genres WHERE year > 0 GROUP BY genre_id, year",
        "DELETE FROM style_year_counts",
        "INSERT INTO style_year_counts (style_id, year, release_count) SELECT style_id, year, count(*) FROM release_styles WHERE year > 0 GROUP BY style_id, year",
        "DELETE FROM label_year_counts",
        """
        INSERT INTO label_year_counts (label_id, year, release_count)
        SELECT label_id, year, count(DISTINCT release_id) FROM release_labels WHERE label_id IS NOT NULL AND year > 0 GROUP BY label_id, year
        """,
    ];
}
