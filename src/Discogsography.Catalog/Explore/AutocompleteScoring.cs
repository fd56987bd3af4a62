namespace Discogsography.Catalog.Explore;

/// <summary>
/// The one ranking every adapter applies to autocomplete candidates, on folded text (<see cref="SearchText.Fold"/>).
/// A candidate matches when every query word is a prefix of some word of the name. Score: 1 for an exact match,
/// 0.9 when the name starts with the whole query, 0.7 when the first query word prefixes the name's first word,
/// 0.5 otherwise. Order: score descending, shorter name first, then the name (ordinal), kind, key.
/// </summary>
public static class AutocompleteScoring
{
    /// <summary>The score of an exact (folded) match.</summary>
    public const double Exact = 1.0;

    /// <summary>The score of a name that starts with the whole query.</summary>
    public const double Prefix = 0.9;

    /// <summary>The score of a name whose first word the first query word prefixes.</summary>
    public const double FirstWordPrefix = 0.7;

    /// <summary>The score of a name whose later words the query words prefix.</summary>
    public const double WordPrefix = 0.5;

    /// <summary>The score of a folded name against a folded query, or null when it does not match.</summary>
    public static double? Score(string foldedName, string foldedQuery)
    {
        ArgumentNullException.ThrowIfNull(foldedName);
        ArgumentNullException.ThrowIfNull(foldedQuery);
        if (foldedQuery.Length == 0)
        {
            return null;
        }

        string[] nameWords = foldedName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] queryWords = foldedQuery.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!queryWords.All(word => nameWords.Any(nameWord => nameWord.StartsWith(word, StringComparison.Ordinal))))
        {
            return null;
        }

        if (foldedName == foldedQuery)
        {
            return Exact;
        }

        if (foldedName.StartsWith(foldedQuery, StringComparison.Ordinal))
        {
            return Prefix;
        }

        return nameWords.Length > 0 && nameWords[0].StartsWith(queryWords[0], StringComparison.Ordinal) ? FirstWordPrefix : WordPrefix;
    }

    /// <summary>Orders scored hits as every adapter must: score descending, shorter name, name (ordinal), kind, key.</summary>
    public static IEnumerable<AutocompleteHit> Order(IEnumerable<AutocompleteHit> hits) =>
        hits.OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Name.Length)
            .ThenBy(hit => hit.Name, StringComparer.Ordinal)
            .ThenBy(hit => hit.Kind)
            .ThenBy(hit => hit.Ref.Id)
            .ThenBy(hit => hit.Ref.Name, StringComparer.Ordinal);
}
