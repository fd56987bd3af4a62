namespace Discogsography.Server.Explore;

/// <summary>An edge (<c>XEdge</c>): the cursor after the node, the node and, for ranked neighbours, their shared release count.</summary>
internal sealed record Edge<T>(string Cursor, T Node, int? ReleaseCount);
