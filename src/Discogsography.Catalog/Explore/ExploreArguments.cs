namespace Discogsography.Catalog.Explore;

/// <summary>Argument checks shared by every adapter, so each rule has one code and one message.</summary>
public static class ExploreArguments
{
    /// <summary>Checks a page size against 1..<paramref name="max"/>.</summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.FirstOutOfRange"/>.</exception>
    public static void First(int first, int max)
    {
        if (first < 1 || first > max)
        {
            throw new ExploreArgumentException(ExploreErrorCodes.FirstOutOfRange, $"'first' must be between 1 and {max}; got {first}.");
        }
    }

    /// <summary>Checks an optional <c>beforeYear</c> against 1900..2030.</summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.BeforeYearOutOfRange"/>.</exception>
    public static void BeforeYear(int? beforeYear)
    {
        if (beforeYear is int year && (year < ExploreLimits.MinBeforeYear || year > ExploreLimits.MaxBeforeYear))
        {
            throw new ExploreArgumentException(
                ExploreErrorCodes.BeforeYearOutOfRange,
                $"'beforeYear' must be between {ExploreLimits.MinBeforeYear} and {ExploreLimits.MaxBeforeYear}; got {year}.");
        }
    }

    /// <summary>Checks a path depth against 1..10.</summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.MaxDepthOutOfRange"/>.</exception>
    public static void MaxDepth(int maxDepth)
    {
        if (maxDepth < 1 || maxDepth > ExploreLimits.MaxPathDepth)
        {
            throw new ExploreArgumentException(
                ExploreErrorCodes.MaxDepthOutOfRange, $"'maxDepth' must be between 1 and {ExploreLimits.MaxPathDepth}; got {maxDepth}.");
        }
    }

    /// <summary>Checks a query's length (trimmed) and returns it trimmed.</summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.QueryTooShort"/> or <see cref="ExploreErrorCodes.ArgumentOutOfRange"/>.</exception>
    public static string Query(string? query)
    {
        string trimmed = query?.Trim() ?? string.Empty;
        if (trimmed.Length < ExploreLimits.MinQueryLength)
        {
            throw new ExploreArgumentException(
                ExploreErrorCodes.QueryTooShort, $"The query must have at least {ExploreLimits.MinQueryLength} characters besides spaces.");
        }

        if (trimmed.Length > ExploreLimits.MaxQueryLength)
        {
            throw new ExploreArgumentException(
                ExploreErrorCodes.ArgumentOutOfRange, $"The query must have at most {ExploreLimits.MaxQueryLength} characters.");
        }

        return trimmed;
    }

    /// <summary>Checks optional search year bounds against 1000..9999 and that the lower does not exceed the upper.</summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.YearOutOfRange"/>.</exception>
    public static void YearBounds(int? yearFrom, int? yearTo)
    {
        foreach ((string name, int? value) in new[] { ("yearFrom", yearFrom), ("yearTo", yearTo) })
        {
            if (value is int year && (year < ExploreLimits.MinSearchYear || year > ExploreLimits.MaxSearchYear))
            {
                throw new ExploreArgumentException(
                    ExploreErrorCodes.YearOutOfRange,
                    $"'{name}' must be between {ExploreLimits.MinSearchYear} and {ExploreLimits.MaxSearchYear}; got {year}.");
            }
        }

        if (yearFrom > yearTo)
        {
            throw new ExploreArgumentException(ExploreErrorCodes.YearOutOfRange, $"'yearFrom' ({yearFrom}) is after 'yearTo' ({yearTo}).");
        }
    }

    /// <summary>Checks a batch's size against <see cref="ExploreLimits.MaxBatchSize"/>.</summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.TooManyIds"/>.</exception>
    public static void Batch<T>(IReadOnlyCollection<T> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count > ExploreLimits.MaxBatchSize)
        {
            throw new ExploreArgumentException(
                ExploreErrorCodes.TooManyIds, $"At most {ExploreLimits.MaxBatchSize} keys per lookup; got {keys.Count}.");
        }
    }

    /// <summary>Checks that a category applies to a kind of node.</summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.UnknownCategory"/>.</exception>
    public static void Category(EntityKind kind, ExploreCategory category)
    {
        if (!ExploreCategories.Applies(kind, category))
        {
            throw ExploreCategories.UnknownCategory(kind, ExploreCategories.Key(category));
        }
    }

    /// <summary>Checks an expand request for a kind of parent: category, page size, <c>beforeYear</c>, cursor.</summary>
    /// <exception cref="ExploreArgumentException">Any of the codes above, or <see cref="ExploreErrorCodes.InvalidCursor"/>.</exception>
    public static PageCursor? Expand(EntityKind kind, ExpandRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Category(kind, request.Category);
        First(request.First, ExploreLimits.MaxExpandFirst);
        BeforeYear(request.BeforeYear);
        return request.After is null ? null : PageCursor.Decode(request.After);
    }

    /// <summary>Checks a range bounded by an argument, e.g. the genre tree's styles per genre.</summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.ArgumentOutOfRange"/>.</exception>
    public static void Range(string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new ExploreArgumentException(ExploreErrorCodes.ArgumentOutOfRange, $"'{name}' must be between {min} and {max}; got {value}.");
        }
    }
}
