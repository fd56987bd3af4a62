using System.Data.Common;
using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

internal sealed partial class SqlSearchReader
{
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string query = ExploreArguments.Query(request.Query);
        ExploreArguments.First(request.First, ExploreLimits.MaxSearchFirst);
        ExploreArguments.YearBounds(request.YearFrom, request.YearTo);
        long offset = request.After is null ? 0 : PageCursor.Decode(request.After).Offset;
        string[] words = SearchText.Words(query);
        bool filtered = request.Genres.Count > 0 || request.YearFrom is not null || request.YearTo is not null;
        EntityKind[] kinds = [.. request.EffectiveKinds.Where(kind => !filtered || kind is EntityKind.Master or EntityKind.Release)];
        if (words.Length == 0 || kinds.Length == 0)
        {
            return new SearchResult(Page<SearchHit>.Empty with { HasPreviousPage = offset > 0 }, SearchFacets.Empty);
        }

        List<HitRow> rows = await queries.ListAsync(
            command => $"{Hits(command, request, words, kinds)} SELECT kind, id, name, year, COUNT(*) OVER () FROM hits " +
                $"ORDER BY length(name), kind, id LIMIT {request.First} OFFSET {offset}",
            reader => new HitRow(
                (EntityKind)SqlCommandText.Int64(reader, 0),
                SqlCommandText.Int64(reader, 1),
                reader.GetString(2),
                SqlCommandText.NullableInt32(reader, 3),
                SqlCommandText.Int64(reader, 4)),
            cancellationToken);
        long total = rows.Count > 0 ? rows[0].Total : await CountAsync(request, words, kinds, cancellationToken);
        ILookup<(EntityKind, long), string> genres = await HitGenresAsync(rows, cancellationToken);
        var edges = new List<PageEdge<SearchHit>>();
        foreach (HitRow row in rows)
        {
            var reference = EntityRef.ById(row.Kind, row.Id);
            double relevance = Math.Min(1.0, (double)query.Length / Math.Max(1, row.Name.Length));
            var hit = new SearchHit(
                new EntitySummary(reference, row.Name, row.Year), relevance, SearchHighlighter.Highlight(row.Name, query), [.. genres[(row.Kind, row.Id)]]);
            long position = offset + edges.Count + 1;
            edges.Add(new PageEdge<SearchHit>(hit, new PageCursor(position, row.Name.Length, reference.ToString()).Encode()));
        }

        var page = new Page<SearchHit>(edges, total, offset + edges.Count < total, offset > 0);
        return new SearchResult(page, await FacetsAsync(request, words, kinds, cancellationToken));
    }

    private async Task<long> CountAsync(SearchRequest request, string[] words, EntityKind[] kinds, CancellationToken cancellationToken)
    {
        List<long> counts = await queries.ListAsync(
            command => $"{Hits(command, request, words, kinds)} SELECT COUNT(*) FROM hits",
            reader => SqlCommandText.Int64(reader, 0),
            cancellationToken);
        return counts[0];
    }

    private async Task<SearchFacets> FacetsAsync(SearchRequest request, string[] words, EntityKind[] kinds, CancellationToken cancellationToken)
    {
        List<KindCount> kindCounts = await queries.ListAsync(
            command => $"{Hits(command, request, words, kinds)} SELECT kind, COUNT(*) FROM hits GROUP BY kind ORDER BY kind",
            reader => new KindCount((EntityKind)SqlCommandText.Int64(reader, 0), SqlCommandText.Int64(reader, 1)),
            cancellationToken);
        List<NameCount> genreCounts = await queries.ListAsync(
            command => $"{Hits(command, request, words, kinds)} SELECT name, COUNT(*) AS n FROM (" +
                $"SELECT g.name FROM hits h JOIN release_genres l ON l.release_id = h.id JOIN genres g ON g.id = l.genre_id WHERE h.kind = {(int)EntityKind.Release} " +
                $"UNION ALL SELECT g.name FROM hits h JOIN master_genres l ON l.master_id = h.id JOIN genres g ON g.id = l.genre_id WHERE h.kind = {(int)EntityKind.Master}" +
                $") x GROUP BY name ORDER BY n DESC, name{queries.Ordinal} LIMIT {ExploreLimits.GenreFacetSize}",
            reader => new NameCount(reader.GetString(0), SqlCommandText.Int64(reader, 1)),
            cancellationToken);
        List<DecadeCount> decades = await queries.ListAsync(
            command => $"{Hits(command, request, words, kinds)} SELECT (year / 10) * 10 AS decade, COUNT(*) FROM hits WHERE year IS NOT NULL " +
                "GROUP BY (year / 10) * 10 ORDER BY decade",
            reader => new DecadeCount((int)SqlCommandText.Int64(reader, 0), SqlCommandText.Int64(reader, 1)),
            cancellationToken);
        return new SearchFacets(kindCounts, genreCounts, decades);
    }

    private async Task<ILookup<(EntityKind, long), string>> HitGenresAsync(List<HitRow> rows, CancellationToken cancellationToken)
    {
        long[] releases = [.. rows.Where(row => row.Kind == EntityKind.Release).Select(row => row.Id)];
        long[] masters = [.. rows.Where(row => row.Kind == EntityKind.Master).Select(row => row.Id)];
        if (releases.Length + masters.Length == 0)
        {
            return Array.Empty<(EntityKind, long, string)>().ToLookup(row => (row.Item1, row.Item2), row => row.Item3);
        }

        List<(EntityKind Kind, long Id, string Name)> genres = await queries.ListAsync(
            command => $"SELECT {(int)EntityKind.Release}, l.release_id, g.name FROM release_genres l JOIN genres g ON g.id = l.genre_id " +
                $"WHERE l.release_id IN ({SqlCommandText.AddList(command, "r", releases)}) " +
                $"UNION ALL SELECT {(int)EntityKind.Master}, l.master_id, g.name FROM master_genres l JOIN genres g ON g.id = l.genre_id " +
                $"WHERE l.master_id IN ({SqlCommandText.AddList(command, "m", masters)}) ORDER BY 3",
            reader => ((EntityKind)SqlCommandText.Int64(reader, 0), SqlCommandText.Int64(reader, 1), reader.GetString(2)),
            cancellationToken);
        return genres.OrderBy(row => row.Name, StringComparer.Ordinal).ToLookup(row => (row.Kind, row.Id), row => row.Name);
    }

    // WITH hits(kind, id, name, year): every match of the query and filters, one branch per kind.
    private string Hits(DbCommand command, SearchRequest request, string[] words, EntityKind[] kinds)
    {
        SqlCommandText.Add(command, "match", SearchSources.Expression(queries.IsPostgres, words, prefix: false));
        string genreList = request.Genres.Count > 0 ? SqlCommandText.AddList(command, "g", request.Genres) : string.Empty;
        if (request.YearFrom is not null)
        {
            SqlCommandText.Add(command, "year_from", request.YearFrom);
        }

        if (request.YearTo is not null)
        {
            SqlCommandText.Add(command, "year_to", request.YearTo);
        }

        IEnumerable<string> branches = kinds.Select(kind =>
        {
            SearchSources source = SearchSources.For(kind);
            string filters = string.Empty;
            if (genreList.Length > 0)
            {
                (string links, string column) = kind == EntityKind.Release ? ("release_genres", "release_id") : ("master_genres", "master_id");
                filters += $" AND EXISTS (SELECT 1 FROM {links} l JOIN genres g ON g.id = l.genre_id WHERE l.{column} = e.id AND g.name IN ({genreList}))";
            }

            filters += request.YearFrom is null ? string.Empty : " AND e.year >= @year_from";
            filters += request.YearTo is null ? string.Empty : " AND e.year <= @year_to";
            return $"SELECT {(int)kind} AS kind, id, name, year FROM ({source.Matching(queries.IsPostgres, "match", queries.False)}{filters}) k{(int)kind}";
        });
        return $"WITH hits AS ({string.Join(" UNION ALL ", branches)})";
    }

    private sealed record HitRow(EntityKind Kind, long Id, string Name, int? Year, long Total);
}
