namespace Discogsography.Server.Explore;

/// <summary>A <c>Collaborator</c>.</summary>
internal sealed record CollaboratorValue(ArtistEntity Artist, int ReleaseCount, int? FirstYear, int? LastYear, IReadOnlyList<YearCountValue> YearlyCounts);
