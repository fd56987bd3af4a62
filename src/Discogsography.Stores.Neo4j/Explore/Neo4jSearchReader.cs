using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Explore;

/// <summary>
/// <see cref="ISearchReader"/> over the graph's full-text indexes on <c>search_name</c> (the name folded by
/// <see cref="SearchText.Fold"/> when written, indexed with the whitespace analyzer, so accents fold exactly as in the
/// relational store). Autocomplete candidates are ranked in process by <see cref="AutocompleteScoring"/>.
/// </summary>
internal sealed partial class Neo4jSearchReader(Neo4jQueryClient client) : ISearchReader
{
    // How many candidates per kind autocomplete ranks (shortest names first); more than any page it returns.
    private const int CandidateLimit = 500;

    public async Task<IReadOnlyList<AutocompleteHit>> AutocompleteAsync(AutocompleteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = ExploreArguments.Query(request.Query);
        ExploreArguments.First(request.First, ExploreLimits.MaxAutocompleteFirst);
        var folded = SearchText.Fold(query);
        var words = SearchText.Words(query);
        if (words.Length == 0)
        {
            return [];
        }

        var kinds = request.EffectiveKinds;
        var candidates = new List<(EntityRef Ref, string Name)>();
        if (kinds.Contains(EntityKind.Genre) || kinds.Contains(EntityKind.Style))
        {
            var tags = new Dictionary<string, object?> { ["genres"] = kinds.Contains(EntityKind.Genre), ["styles"] = kinds.Contains(EntityKind.Style) };
            var result = await client.RunAsync(CypherStatements.Get("Explore/Search/AutocompleteTags"), tags, cancellationToken).ConfigureAwait(false);
            candidates.AddRange(Neo4jRows.Of(result).Select(row =>
                (EntityRef.ByName(Enum.Parse<EntityKind>(row.String("kind") ?? string.Empty), row.String("name") ?? string.Empty), row.String("name") ?? string.Empty)));
        }

        List<SearchSource> sources = [.. kinds.Where(kind => kind is not (EntityKind.Genre or EntityKind.Style)).Select(SearchSource.For)];
        if (sources.Count > 0)
        {
            var parameters = new Dictionary<string, object?>
            {
                ["sources"] = sources,
                ["lucene"] = SearchSource.Lucene(words, prefix: true),
                ["words"] = words,
                ["candidates"] = CandidateLimit,
            };
            var result = await client.RunAsync(CypherStatements.Get("Explore/Search/AutocompleteCandidates"), parameters, cancellationToken).ConfigureAwait(false);
            candidates.AddRange(Neo4jRows.Of(result).Select(row =>
                (EntityRef.ById((EntityKind)row.Long("kind"), row.Long("id")), row.String("name") ?? string.Empty)));
        }

        var hits = new List<AutocompleteHit>();
        foreach (var (reference, name) in candidates)
        {
            if (AutocompleteScoring.Score(SearchText.Fold(name), folded) is double score)
            {
                hits.Add(new AutocompleteHit(reference, name, score));
            }
        }

        return [.. AutocompleteScoring.Order(hits).Take(request.First)];
    }
}
