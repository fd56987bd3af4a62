namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>An edge between two Discogs entities: <c>source</c> is the record that lists <c>target</c>.</summary>
internal sealed record LinkRow(long Source, long Target);
