using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>
/// <see cref="ISearchReader"/> over the catalog's full-text indexes: PostgreSQL tsvector over <c>catalog_fold</c>
/// (unaccent + lower), SQLite FTS5 with diacritics removed. Autocomplete candidates are ranked in process by
/// <see cref="AutocompleteScoring"/>, so both stores rank alike.
/// </summary>
internal sealed partial class SqlSearchReader(SqlExploreQueries queries) : ISearchReader
{
    // How many candidates per kind autocomplete ranks (shortest names first); more than any page it returns.
    private const int CandidateLimit = 500;

    public async Task<IReadOnlyList<AutocompleteHit>> AutocompleteAsync(AutocompleteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string query = ExploreArguments.Query(request.Query);
        ExploreArguments.First(request.First, ExploreLimits.MaxAutocompleteFirst);
        string folded = SearchText.Fold(query);
        string[] words = SearchText.Words(query);
        if (words.Length == 0)
        {
            return [];
        }

        var hits = new List<AutocompleteHit>();
        foreach (EntityKind kind in request.EffectiveKinds)
        {
            foreach ((EntityRef reference, string name) in await CandidatesAsync(kind, words, cancellationToken))
            {
                if (AutocompleteScoring.Score(SearchText.Fold(name), folded) is double score)
                {
                    hits.Add(new AutocompleteHit(reference, name, score));
                }
            }
        }

        return [.. AutocompleteScoring.Order(hits).Take(request.First)];
    }

    private async Task<List<(EntityRef Ref, string Name)>> CandidatesAsync(EntityKind kind, string[] words, CancellationToken cancellationToken)
    {
        if (kind is EntityKind.Genre or EntityKind.Style)
        {
            // A few hundred names at most: score them all.
            return await queries.ListAsync(
                _ => $"SELECT name FROM {TagTable.For(kind).Names}",
                reader => (EntityRef.ByName(kind, reader.GetString(0)), reader.GetString(0)),
                cancellationToken);
        }

        SearchSources source = SearchSources.For(kind);
        return await queries.ListAsync(
            command =>
            {
                SqlCommandText.Add(command, "match", SearchSources.Expression(queries.IsPostgres, words, prefix: true));
                SqlCommandText.Add(command, "limit", CandidateLimit);
                return $"SELECT id, name FROM ({source.Matching(queries.IsPostgres, "match", queries.False)}) m ORDER BY length(name), id LIMIT @limit";
            },
            reader => (EntityRef.ById(kind, SqlCommandText.Int64(reader, 0)), reader.GetString(1)),
            cancellationToken);
    }
}
