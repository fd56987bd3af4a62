namespace Discogsography.Server.Explore;

/// <summary>A <c>Collaborators</c> result.</summary>
internal sealed record CollaboratorsValue(ArtistEntity Artist, int TotalCount, IReadOnlyList<CollaboratorValue> Items);
