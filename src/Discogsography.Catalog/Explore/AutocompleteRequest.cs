namespace Discogsography.Catalog.Explore;

/// <summary>An autocomplete request: names (or titles) matching every word of the query as a word prefix.</summary>
/// <param name="Query">The text typed so far (at least 3 characters besides spaces); case and accents are ignored.</param>
/// <param name="Kinds">The kinds of node to suggest; empty means artists, labels, genres and styles.</param>
/// <param name="First">How many suggestions, 1..<see cref="ExploreLimits.MaxAutocompleteFirst"/>.</param>
public sealed record AutocompleteRequest(string Query, IReadOnlyList<EntityKind> Kinds, int First = ExploreLimits.DefaultAutocompleteFirst)
{
    /// <summary>The kinds suggested when <see cref="Kinds"/> is empty.</summary>
    public static IReadOnlyList<EntityKind> DefaultKinds { get; } = [EntityKind.Artist, EntityKind.Label, EntityKind.Genre, EntityKind.Style];

    /// <summary>The kinds to search: <see cref="Kinds"/>, or <see cref="DefaultKinds"/> when empty.</summary>
    public IReadOnlyList<EntityKind> EffectiveKinds => Kinds.Count == 0 ? DefaultKinds : [.. Kinds.Distinct()];
}
