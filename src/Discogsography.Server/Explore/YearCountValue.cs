using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore;

/// <summary>A <c>YearCount</c>.</summary>
internal sealed record YearCountValue(int Year, int Count)
{
    public static YearCountValue From(YearCount count) => new(count.Year, Counts.ToInt(count.Count));
}
