using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Explore;

internal sealed partial class Neo4jSearchReader
{
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = ExploreArguments.Query(request.Query);
        ExploreArguments.First(request.First, ExploreLimits.MaxSearchFirst);
        ExploreArguments.YearBounds(request.YearFrom, request.YearTo);
        var offset = request.After is null ? 0 : PageCursor.Decode(request.After).Offset;
        var words = SearchText.Words(query);
        var filtered = request.Genres.Count > 0 || request.YearFrom is not null || request.YearTo is not null;
        List<SearchSource> sources = [.. request.EffectiveKinds
            .Where(kind => !filtered || kind is EntityKind.Master or EntityKind.Release)
            .Select(SearchSource.For)];
        if (words.Length == 0 || sources.Count == 0)
        {
            return new SearchResult(Page<SearchHit>.Empty with { HasPreviousPage = offset > 0 }, SearchFacets.Empty);
        }

        var parameters = new Dictionary<string, object?>
        {
            ["sources"] = sources,
            ["lucene"] = SearchSource.Lucene(words, prefix: false),
            ["words"] = words,
            ["genres"] = request.Genres,
            ["year_from"] = request.YearFrom,
            ["year_to"] = request.YearTo,
            ["skip"] = offset,
            ["limit"] = request.First,
            ["genre_limit"] = ExploreLimits.GenreFacetSize,
        };
        var kinds = Neo4jRows.Of(await RunAsync("FacetKinds", parameters, cancellationToken).ConfigureAwait(false))
            .Select(row => new KindCount((EntityKind)row.Long("kind"), row.Long("count")))
            .ToList();
        var total = kinds.Sum(kind => kind.Count);
        var edges = new List<PageEdge<SearchHit>>();
        foreach (var row in Neo4jRows.Of(await RunAsync("Page", parameters, cancellationToken).ConfigureAwait(false)))
        {
            var reference = EntityRef.ById((EntityKind)row.Long("kind"), row.Long("id"));
            var name = row.String("name") ?? string.Empty;
            var relevance = Math.Min(1.0, (double)query.Length / Math.Max(1, name.Length));
            List<string> genres = [.. row.List("genres").OfType<string>().Order(StringComparer.Ordinal)];
            var hit = new SearchHit(new EntitySummary(reference, name, row.NullableInt("year")), relevance, SearchHighlighter.Highlight(name, query), genres);
            var position = offset + edges.Count + 1;
            edges.Add(new PageEdge<SearchHit>(hit, new PageCursor(position, name.Length, reference.ToString()).Encode()));
        }

        var genreFacet = Neo4jRows.Of(await RunAsync("FacetGenres", parameters, cancellationToken).ConfigureAwait(false))
            .Select(row => new NameCount(row.String("name") ?? string.Empty, row.Long("count")))
            .ToList();
        var decades = Neo4jRows.Of(await RunAsync("FacetDecades", parameters, cancellationToken).ConfigureAwait(false))
            .Select(row => new DecadeCount(row.NullableInt("decade") ?? 0, row.Long("count")))
            .ToList();
        var page = new Page<SearchHit>(edges, total, offset + edges.Count < total, offset > 0);
        return new SearchResult(page, new SearchFacets(kinds, genreFacet, decades));
    }

    private Task<Client.Neo4jQueryResult> RunAsync(string name, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        client.RunAsync(CypherStatements.Get("Explore/Search/" + name), parameters, cancellationToken);
}
