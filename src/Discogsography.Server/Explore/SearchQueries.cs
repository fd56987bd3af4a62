using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore;

/// <summary>The root fields that find entities: autocomplete, full-text search and shortest paths.</summary>
internal sealed class SearchQueries
{
    public async Task<IReadOnlyList<Suggestion>> Autocomplete(
        string query, IReadOnlyList<EntityKind>? types, int? first, ISearchReader reader, CancellationToken cancellationToken)
    {
        var request = new AutocompleteRequest(query, types ?? [], first ?? ExploreLimits.DefaultAutocompleteFirst);
        IReadOnlyList<AutocompleteHit> hits = await ExploreErrors.Run(() => reader.AutocompleteAsync(request, cancellationToken)).ConfigureAwait(false);
        return [.. hits.Select(h => new Suggestion(ExploreEntities.From(h.Ref, h.Name), h.Kind, h.Name, h.Score))];
    }

    public async Task<SearchConnection> Search(
        string query,
        IReadOnlyList<EntityKind>? types,
        IReadOnlyList<string>? genres,
        int? yearFrom,
        int? yearTo,
        int? first,
        string? after,
        ISearchReader reader,
        CancellationToken cancellationToken)
    {
        var request = new SearchRequest(query, types ?? [], genres ?? [], yearFrom, yearTo, first ?? ExploreLimits.DefaultSearchFirst, after);
        SearchResult result = await ExploreErrors.Run(() => reader.SearchAsync(request, cancellationToken)).ConfigureAwait(false);
        Page<SearchHit> hits = result.Hits;
        return new SearchConnection(
            [.. hits.Edges.Select(e => new SearchEdge(
                e.Cursor, ExploreEntities.From(e.Node.Node), e.Node.Node.Ref.Kind, e.Node.Node.Name ?? string.Empty, e.Node.Highlight, e.Node.Relevance,
                e.Node.Node.Year, e.Node.Genres))],
            new PageInfo(hits.HasNextPage, hits.HasPreviousPage, hits.StartCursor, hits.EndCursor),
            Counts.ToInt(hits.TotalCount),
            new SearchFacetsValue(
                [.. result.Facets.Kinds.Select(k => new FacetCount(k.Kind.ToString().ToLowerInvariant(), Counts.ToInt(k.Count)))],
                [.. result.Facets.Genres.Select(g => new FacetCount(g.Name, Counts.ToInt(g.Count)))],
                [.. result.Facets.Decades.Select(d => new FacetCount(d.Label, Counts.ToInt(d.Count)))]));
    }

    public async Task<PathValue?> Path(EntityRefInput from, EntityRefInput to, int? maxDepth, IPathFinder finder, CancellationToken cancellationToken)
    {
        EntityRef start = from.ToRef();
        EntityRef end = to.ToRef();
        PathResult? path = await ExploreErrors.Run(() => finder.FindPathAsync(start, end, maxDepth ?? ExploreLimits.DefaultPathDepth, cancellationToken)).ConfigureAwait(false);
        return path is null
            ? null
            : new PathValue(path.Found, path.Length, [.. path.Steps.Select(s => new PathStepValue(ExploreEntities.From(s.Node), s.Relationship, s.Forward))]);
    }
}
