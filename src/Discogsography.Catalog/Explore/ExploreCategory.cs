namespace Discogsography.Catalog.Explore;

/// <summary>A category of neighbours shown around an explored node (which ones apply depends on its kind: see <see cref="ExploreCategories"/>).</summary>
public enum ExploreCategory
{
    /// <summary>Releases linked to the node (by, on, is, derived from).</summary>
    Releases,

    /// <summary>Artists of the node's releases.</summary>
    Artists,

    /// <summary>Labels of the node's releases.</summary>
    Labels,

    /// <summary>Genres of the node's releases.</summary>
    Genres,

    /// <summary>Styles of the node's releases.</summary>
    Styles,

    /// <summary>An artist's aliases, groups and members (one row per distinct artist).</summary>
    Aliases,
}
