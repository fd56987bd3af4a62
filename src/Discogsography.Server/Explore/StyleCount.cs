namespace Discogsography.Server.Explore;

/// <summary>A <c>StyleCount</c>.</summary>
internal sealed record StyleCount(StyleEntity Style, int ReleaseCount);
