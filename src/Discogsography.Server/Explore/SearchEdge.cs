using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore;

/// <summary>A <c>SearchEdge</c>.</summary>
internal sealed record SearchEdge(string Cursor, object Node, EntityKind Type, string Name, string Highlight, double Score, int? Year, IReadOnlyList<string> Genres);
