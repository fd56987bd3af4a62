using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Tests.Cypher;

public sealed class CypherStatementsTests
{
    [Fact]
    public void All_EmbeddedFiles_LoadNonEmptyUnderTheirPathNames()
    {
        Assert.Contains("Writing/Releases/UpsertNodes", CypherStatements.All.Keys);
        Assert.Contains("Statistics/CatalogCounts", CypherStatements.All.Keys);
        Assert.All(CypherStatements.All, pair =>
        {
            Assert.Equal(pair.Key, pair.Value.Name);
            Assert.False(string.IsNullOrWhiteSpace(pair.Value.Text));
            Assert.DoesNotContain(";", pair.Value.Text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)), StringComparer.Ordinal);
        });
    }

    [Fact]
    public void Get_UnknownName_ThrowsNamingTheExpectedFile()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => CypherStatements.Get("Writing/Nothing"));

        Assert.Contains("Cypher/Writing/Nothing.cypher", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InFolder_Schema_ListsEveryStatementInNameOrder()
    {
        var names = CypherStatements.InFolder("Schema").Select(s => s.Name).ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(names, n => Assert.StartsWith("Schema/", n, StringComparison.Ordinal));
        Assert.Equal(CypherStatements.All.Keys.Count(k => k.StartsWith("Schema/", StringComparison.Ordinal)), names.Count);
    }

    [Theory]
    [InlineData("Artists")]
    [InlineData("Labels")]
    [InlineData("Masters")]
    [InlineData("Releases")]
    public void Writing_EveryType_HasTheHashGateTouchAndUpsertStatements(string type)
    {
        Assert.Contains("$ids", CypherStatements.Get($"Writing/{type}/StoredHashes").Text, StringComparison.Ordinal);
        Assert.Contains("$seen_at", CypherStatements.Get($"Writing/{type}/TouchUnchanged").Text, StringComparison.Ordinal);
        Assert.Contains("UNWIND $rows AS row", CypherStatements.Get($"Writing/{type}/UpsertNodes").Text, StringComparison.Ordinal);
    }
}
