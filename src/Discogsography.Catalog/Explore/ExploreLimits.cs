namespace Discogsography.Catalog.Explore;

/// <summary>The bounds every adapter enforces (through <see cref="ExploreArguments"/>) and the API's defaults.</summary>
public static class ExploreLimits
{
    /// <summary>The largest expand page.</summary>
    public const int MaxExpandFirst = 200;

    /// <summary>The default expand page.</summary>
    public const int DefaultExpandFirst = 50;

    /// <summary>The most autocomplete hits.</summary>
    public const int MaxAutocompleteFirst = 50;

    /// <summary>The default number of autocomplete hits.</summary>
    public const int DefaultAutocompleteFirst = 10;

    /// <summary>The largest search page.</summary>
    public const int MaxSearchFirst = 100;

    /// <summary>The default search page.</summary>
    public const int DefaultSearchFirst = 20;

    /// <summary>The most collaborators returned.</summary>
    public const int MaxCollaboratorsFirst = 100;

    /// <summary>The default number of collaborators.</summary>
    public const int DefaultCollaboratorsFirst = 20;

    /// <summary>The most styles listed under one genre of the genre tree.</summary>
    public const int MaxGenreTreeStyles = 1000;

    /// <summary>The shortest autocomplete or search query (characters, after trimming).</summary>
    public const int MinQueryLength = 3;

    /// <summary>The longest autocomplete or search query (characters, after trimming).</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The smallest <c>beforeYear</c>.</summary>
    public const int MinBeforeYear = 1900;

    /// <summary>The largest <c>beforeYear</c>; also the upper clamp of the year range.</summary>
    public const int MaxBeforeYear = 2030;

    /// <summary>The smallest search year bound.</summary>
    public const int MinSearchYear = 1000;

    /// <summary>The largest search year bound.</summary>
    public const int MaxSearchYear = 9999;

    /// <summary>The longest path searched.</summary>
    public const int MaxPathDepth = 10;

    /// <summary>The default path depth.</summary>
    public const int DefaultPathDepth = 6;

    /// <summary>The most ids (or names, or parents) in one batched lookup.</summary>
    public const int MaxBatchSize = 1000;

    /// <summary>How many genres the search genre facet lists.</summary>
    public const int GenreFacetSize = 20;
}
