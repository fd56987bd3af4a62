using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Tests.Integration;

/// <summary>The tests' own statements (embedded from <c>Cypher/</c> of the test project).</summary>
internal static class TestCypher
{
    public static CypherStatement Get(string name)
    {
        var assembly = typeof(TestCypher).Assembly;
        using var stream = assembly.GetManifestResourceStream($"TestCypher/{name}.cypher")
            ?? throw new KeyNotFoundException($"No test statement {name}.");
        using var reader = new StreamReader(stream);
        return new CypherStatement(name, reader.ReadToEnd().Trim());
    }
}
