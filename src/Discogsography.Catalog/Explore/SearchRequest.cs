namespace Discogsography.Catalog.Explore;

/// <summary>
/// A full-text search over artist and label names and master and release titles (placeholders excluded). A node
/// matches when each folded query word (<see cref="SearchText.Words"/>) equals one of its folded words. Relevance is
/// the share of the name the query covers (query length / name length, at most 1), so hits are ordered by name
/// length ascending, then kind (<see cref="EntityKind"/> order), then id; pages are by offset.
/// </summary>
/// <param name="Query">The words to find (at least 3 characters besides spaces).</param>
/// <param name="Kinds">The kinds to search (artist, label, master, release); empty means all four.</param>
/// <param name="Genres">When not empty, only masters and releases tagged with one of these genres (exact names) match.</param>
/// <param name="YearFrom">When set (1000..9999), only masters and releases of a known year ≥ this match.</param>
/// <param name="YearTo">When set (1000..9999), only masters and releases of a known year ≤ this match.</param>
/// <param name="First">The page size, 1..<see cref="ExploreLimits.MaxSearchFirst"/>.</param>
/// <param name="After">The cursor of the last hit of the previous page, or null.</param>
public sealed record SearchRequest(
    string Query,
    IReadOnlyList<EntityKind> Kinds,
    IReadOnlyList<string> Genres,
    int? YearFrom = null,
    int? YearTo = null,
    int First = ExploreLimits.DefaultSearchFirst,
    string? After = null)
{
    /// <summary>The kinds search covers.</summary>
    public static IReadOnlyList<EntityKind> SearchableKinds { get; } = [EntityKind.Artist, EntityKind.Label, EntityKind.Master, EntityKind.Release];

    /// <summary>The kinds to search: <see cref="Kinds"/> (genres and styles dropped), or all four when empty.</summary>
    public IReadOnlyList<EntityKind> EffectiveKinds => Kinds.Count == 0 ? SearchableKinds : [.. SearchableKinds.Where(Kinds.Contains)];
}
