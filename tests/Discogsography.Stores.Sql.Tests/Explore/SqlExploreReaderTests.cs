using Discogsography.Catalog.ContractTests;
using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Tests.Explore;

/// <summary>
/// What the relational adapter adds to the contract: precomputed counts with a live fallback, keyset pages that
/// survive changes before the cursor. Each test changes its own genre or label of a private SQLite copy of the sample.
/// </summary>
public sealed class SqlExploreReaderTests(SqliteExploreFixture fixture) : IClassFixture<SqliteExploreFixture>
{
    private static CancellationToken None => CancellationToken.None;

    [ContractFact]
    public async Task Explore_GenreWithAPrecomputedRow_ShowsThePrecomputedCounts()
    {
        await ExecuteAsync("UPDATE genre_stats SET release_count = 4242, artist_count = 4343 WHERE genre_id = (SELECT id FROM genres WHERE name = 'Jazz')");

        ExploreResult? result = await fixture.Stores.Explore.ExploreAsync(EntityRef.Genre("Jazz"), None);

        Assert.Equal([4242L, 4343L], result!.Categories.Take(2).Select(category => category.Count));
    }

    [ContractFact]
    public async Task Explore_GenreWithoutAPrecomputedRow_CountsLive()
    {
        await ExecuteAsync("DELETE FROM genre_stats WHERE genre_id = (SELECT id FROM genres WHERE name = 'Pop')");
        EntityRef pop = EntityRef.Genre("Pop");

        ExploreResult? result = await fixture.Stores.Explore.ExploreAsync(pop, None);
        IReadOnlyDictionary<string, GenreNode> node = await fixture.Stores.Entities.GetGenresAsync(["Pop"], None);

        Assert.Equal(
            ExploreCategories.For(EntityKind.Genre).Select(category => (long)fixture.Sample.Expand(pop, category).Count),
            result!.Categories.Select(category => category.Count));
        Assert.Equal(fixture.Sample.Expand(pop, ExploreCategory.Artists).Count, node["Pop"].ArtistCount);
    }

    [ContractFact]
    public async Task Explore_LabelWithoutAPrecomputedRow_CountsLive()
    {
        long labelId = fixture.Sample.Releases.Values.SelectMany(SampleGraph.LabelIds).GroupBy(id => id)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key).Skip(1).First().Key;
        await ExecuteAsync($"DELETE FROM label_stats WHERE label_id = {labelId}");
        EntityRef label = EntityRef.Label(labelId);

        ExploreResult? result = await fixture.Stores.Explore.ExploreAsync(label, None);

        Assert.Equal(
            ExploreCategories.For(EntityKind.Label).Select(category => (long)fixture.Sample.Expand(label, category).Count),
            result!.Categories.Select(category => category.Count));
    }

    [ContractFact]
    public async Task Expand_RowRemovedBeforeTheCursor_NextPageContinuesAfterTheCursor()
    {
        EntityRef genre = EntityRef.Genre("Classical");
        IReadOnlyList<(EntityRef Ref, long? Count, int? Year)> expected = fixture.Sample.Expand(genre, ExploreCategory.Releases);
        Page<ExpandItem> first = await fixture.Stores.Explore.ExpandAsync(genre, new ExpandRequest(ExploreCategory.Releases, 10), None);
        await ExecuteAsync($"DELETE FROM release_genres WHERE release_id = {expected[0].Ref.Id} AND genre_id = (SELECT id FROM genres WHERE name = 'Classical')");

        Page<ExpandItem> second = await fixture.Stores.Explore.ExpandAsync(genre, new ExpandRequest(ExploreCategory.Releases, 10, first.EndCursor), None);

        Assert.True(expected.Count > 20);
        Assert.Equal(expected.Skip(10).Take(10).Select(item => item.Ref), second.Edges.Select(edge => edge.Node.Node.Ref));
        Assert.Equal(expected.Count - 1, second.TotalCount);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await fixture.Database.OpenConnectionAsync(None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync(None));
    }
}
