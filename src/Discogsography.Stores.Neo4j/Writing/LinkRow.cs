namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>
/// An edge between two Discogs entities: <c>source</c> is the record that lists <c>target</c>; <c>name</c> is the name
/// the listing gave the target, which a placeholder target (no record of its own yet) takes when it has none.
/// </summary>
internal sealed record LinkRow(long Source, long Target, string? Name = null);
