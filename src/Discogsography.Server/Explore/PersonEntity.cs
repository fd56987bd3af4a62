namespace Discogsography.Server.Explore;

/// <summary>A <c>Person</c> credited on releases, keyed by the name credited.</summary>
internal sealed record PersonEntity(string Name);
