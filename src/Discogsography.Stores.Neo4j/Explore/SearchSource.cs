using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Neo4j.Explore;

/// <summary>
/// A kind's full-text index over the folded name (<c>search_name</c>, whitespace analyzer) as the search statements
/// take it (<c>$sources</c>: <c>{index, kind}</c>, the kind as its ordinal so hits order by kind).
/// </summary>
/// <param name="Index">The full-text index name.</param>
/// <param name="Kind">The <see cref="EntityKind"/> ordinal.</param>
internal sealed record SearchSource(string Index, int Kind)
{
    public static SearchSource For(EntityKind kind) => kind switch
    {
        EntityKind.Artist or EntityKind.Label or EntityKind.Master or EntityKind.Release =>
            new SearchSource(kind.ToString().ToLowerInvariant() + "_search_name_fulltext", (int)kind),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only artists, labels, masters and releases have a full-text index."),
    };

    /// <summary>
    /// The Lucene query for folded words: each word required, as a prefix or whole. Folded words hold only letters and
    /// digits, so nothing needs escaping (Lucene's operators are upper case; folded text is not).
    /// </summary>
    public static string Lucene(IEnumerable<string> words, bool prefix) =>
        string.Join(" ", words.Select(word => "+" + word + (prefix ? "*" : string.Empty)));
}
