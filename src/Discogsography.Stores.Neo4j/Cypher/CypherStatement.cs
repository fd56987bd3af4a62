namespace Discogsography.Stores.Neo4j.Cypher;

/// <summary>One Cypher statement of the store, loaded from its embedded file.</summary>
/// <param name="Name">The file's path under <c>Cypher/</c> without the extension, e.g. <c>Writing/Releases/UpsertNodes</c>.</param>
/// <param name="Text">The statement.</param>
internal sealed record CypherStatement(string Name, string Text)
{
    public override string ToString() => Name;
}
