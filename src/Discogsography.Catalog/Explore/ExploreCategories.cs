namespace Discogsography.Catalog.Explore;

/// <summary>
/// Which categories each kind of node has, in display order, with their keys and labels (after the reference's
/// explore table; masters add their releases, releases have none).
/// </summary>
public static class ExploreCategories
{
    private static readonly ExploreCategory[] ArtistCategories = [ExploreCategory.Releases, ExploreCategory.Labels, ExploreCategory.Aliases];
    private static readonly ExploreCategory[] GenreCategories = [ExploreCategory.Releases, ExploreCategory.Artists, ExploreCategory.Labels, ExploreCategory.Styles];
    private static readonly ExploreCategory[] LabelCategories = [ExploreCategory.Releases, ExploreCategory.Artists, ExploreCategory.Genres];
    private static readonly ExploreCategory[] StyleCategories = [ExploreCategory.Releases, ExploreCategory.Artists, ExploreCategory.Labels, ExploreCategory.Genres];
    private static readonly ExploreCategory[] MasterCategories = [ExploreCategory.Releases];

    /// <summary>The categories of a kind of node, in display order (empty for releases).</summary>
    public static IReadOnlyList<ExploreCategory> For(EntityKind kind) => kind switch
    {
        EntityKind.Artist => ArtistCategories,
        EntityKind.Genre => GenreCategories,
        EntityKind.Label => LabelCategories,
        EntityKind.Style => StyleCategories,
        EntityKind.Master => MasterCategories,
        _ => [],
    };

    /// <summary>Whether <paramref name="category"/> applies to <paramref name="kind"/>.</summary>
    public static bool Applies(EntityKind kind, ExploreCategory category) => For(kind).Contains(category);

    /// <summary>The category's key as clients write it: <c>releases</c>, <c>artists</c>, <c>labels</c>, <c>genres</c>, <c>styles</c>, <c>aliases</c>.</summary>
    public static string Key(ExploreCategory category) => category switch
    {
        ExploreCategory.Releases => "releases",
        ExploreCategory.Artists => "artists",
        ExploreCategory.Labels => "labels",
        ExploreCategory.Genres => "genres",
        ExploreCategory.Styles => "styles",
        ExploreCategory.Aliases => "aliases",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The category's display label, e.g. <c>Aliases &amp; Members</c>.</summary>
    public static string Label(ExploreCategory category) => category switch
    {
        ExploreCategory.Aliases => "Aliases & Members",
        _ => char.ToUpperInvariant(Key(category)[0]) + Key(category)[1..],
    };

    /// <summary>
    /// The category with this key (case-insensitive) for a kind of node.
    /// </summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.UnknownCategory"/>: the key is not a category of the kind.</exception>
    public static ExploreCategory Parse(EntityKind kind, string key)
    {
        foreach (ExploreCategory category in For(kind))
        {
            if (string.Equals(Key(category), key?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        throw UnknownCategory(kind, key);
    }

    /// <summary>The error for a category that does not apply to a kind, listing the valid keys.</summary>
    public static ExploreArgumentException UnknownCategory(EntityKind kind, object? category)
    {
        string valid = string.Join(", ", For(kind).Select(Key));
        return new ExploreArgumentException(
            ExploreErrorCodes.UnknownCategory,
            $"Unknown category '{category}' for {kind.ToString().ToLowerInvariant()}. Valid: {(valid.Length == 0 ? "none" : valid)}.");
    }
}
