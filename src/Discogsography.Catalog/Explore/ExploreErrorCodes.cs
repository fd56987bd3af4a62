namespace Discogsography.Catalog.Explore;

/// <summary>The stable codes of <see cref="ExploreArgumentException"/> (served as GraphQL <c>extensions.code</c>).</summary>
public static class ExploreErrorCodes
{
    /// <summary>The category does not apply to the entity's kind.</summary>
    public const string UnknownCategory = "UNKNOWN_CATEGORY";

    /// <summary>A page size (<c>first</c>) is outside its range.</summary>
    public const string FirstOutOfRange = "FIRST_OUT_OF_RANGE";

    /// <summary>A path's <c>maxDepth</c> is outside 1..10.</summary>
    public const string MaxDepthOutOfRange = "MAX_DEPTH_OUT_OF_RANGE";

    /// <summary><c>beforeYear</c> is outside 1900..2030.</summary>
    public const string BeforeYearOutOfRange = "BEFORE_YEAR_OUT_OF_RANGE";

    /// <summary>A search year bound is outside 1000..9999, or the lower bound exceeds the upper.</summary>
    public const string YearOutOfRange = "YEAR_OUT_OF_RANGE";

    /// <summary>A query is shorter than the minimum (after trimming).</summary>
    public const string QueryTooShort = "QUERY_TOO_SHORT";

    /// <summary>A cursor was not made by this API (or by another ordering).</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>Too many ids or names in one batched lookup.</summary>
    public const string TooManyIds = "TOO_MANY_IDS";

    /// <summary>An argument is outside its range (a limit not covered by a more specific code).</summary>
    public const string ArgumentOutOfRange = "ARGUMENT_OUT_OF_RANGE";
}
