namespace Discogsography.Catalog.Explore;

/// <summary>An artist's collaborators, by shared release count descending, then id.</summary>
/// <param name="Artist">The artist asked about.</param>
/// <param name="Collaborators">The first collaborators.</param>
/// <param name="TotalCount">How many collaborators there are in all.</param>
public sealed record CollaboratorsResult(EntitySummary Artist, IReadOnlyList<Collaborator> Collaborators, long TotalCount);
