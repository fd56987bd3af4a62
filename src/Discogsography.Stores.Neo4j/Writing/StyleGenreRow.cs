namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>A style that belongs to a genre.</summary>
internal sealed record StyleGenreRow(string Style, string Genre);
