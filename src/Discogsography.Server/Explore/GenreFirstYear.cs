namespace Discogsography.Server.Explore;

/// <summary>A <c>GenreFirstYear</c>.</summary>
internal sealed record GenreFirstYear(GenreEntity Genre, int FirstYear);
