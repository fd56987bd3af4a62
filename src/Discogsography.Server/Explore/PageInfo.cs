namespace Discogsography.Server.Explore;

/// <summary>The <c>PageInfo</c> of a connection.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
