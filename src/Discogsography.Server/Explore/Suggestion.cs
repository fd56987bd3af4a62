using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore;

/// <summary>A <c>Suggestion</c> of autocomplete.</summary>
internal sealed record Suggestion(object Node, EntityKind Type, string Name, double Score);
