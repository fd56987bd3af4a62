using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore;

/// <summary>A <c>CategoryCount</c>.</summary>
internal sealed record CategoryCountValue(ExploreCategory Category, string Label, int Count);
