namespace Discogsography.Server.Explore;

/// <summary>A <c>GenreBranch</c> of the genre tree.</summary>
internal sealed record GenreBranch(GenreEntity Genre, int ReleaseCount, IReadOnlyList<StyleCount> Styles);
