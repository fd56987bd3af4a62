namespace Discogsography.Server.Explore;

/// <summary>A <c>GenreEmergence</c>.</summary>
internal sealed record GenreEmergenceValue(IReadOnlyList<GenreFirstYear> Genres, IReadOnlyList<StyleFirstYear> Styles);
