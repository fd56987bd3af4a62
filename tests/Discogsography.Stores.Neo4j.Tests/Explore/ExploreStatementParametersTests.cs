using System.Text.RegularExpressions;
using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Cypher;
using Discogsography.Stores.Neo4j.Explore;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

/// <summary>
/// Drives every explore reader over the fake server and checks what Neo4j would reject at run time and the linter
/// cannot see: every <c>$parameter</c> a statement names is sent, and every explore statement is used by some call.
/// </summary>
public sealed partial class ExploreStatementParametersTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;
    private ExploreStoresUnderTest _stores = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        _server.Responder = r => r.StatementName == "Explore/Entities/Summaries"
            ? FakeAnswer.Rows(["kind", "id", "name", "year"], [
                .. new[] { "Artist", "Label", "Master", "Release" }.Select(kind => (IReadOnlyList<string>)[Typed.String(kind), Typed.Integer(1), Typed.String("n"), Typed.Null]),
                [Typed.String("Genre"), Typed.Integer(0), Typed.String("g"), Typed.Null],
                [Typed.String("Style"), Typed.Integer(0), Typed.String("s"), Typed.Null]])
            : null;
        var client = Neo4jTestClient.Create(_server.Address);
        var entities = new Neo4jEntityReader(client);
        _stores = new ExploreStoresUnderTest(
            entities, new Neo4jExploreReader(client, entities), new Neo4jSearchReader(client), new Neo4jPathFinder(client, entities), new Neo4jGraphOverviewReader(client, entities));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();

    [Fact]
    public async Task EveryReaderCall_SendsEachParameterItsStatementNames_AndEveryExploreStatementIsUsed()
    {
        await CallEverythingAsync();

        foreach (var request in _server.Requests.Where(r => r.Statement is not null))
        {
            var sent = request.Parameters.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var named = Parameter().Matches(request.Statement!).Select(m => m.Groups[1].Value).Distinct();
            Assert.All(named, name => Assert.True(sent.Contains(name), $"{request.StatementName} names ${name}, which was not sent."));
        }

        var used = _server.StatementNames.ToHashSet(StringComparer.Ordinal);
        var unused = CypherStatements.InFolder("Explore").Select(s => s.Name).Where(name => !used.Contains(name)).ToList();
        Assert.Empty(unused);
    }

    private async Task CallEverythingAsync()
    {
        var none = CancellationToken.None;
        EntityRef[] refs = [EntityRef.Artist(1), EntityRef.Label(1), EntityRef.Master(1), EntityRef.Release(1), EntityRef.Genre("g"), EntityRef.Style("s")];
        await _stores.Entities.GetArtistsAsync([1], none);
        await _stores.Entities.GetLabelsAsync([1], none);
        await _stores.Entities.GetMastersAsync([1], none);
        await _stores.Entities.GetReleasesAsync([1], none);
        await _stores.Entities.GetGenresAsync(["g"], none);
        await _stores.Entities.GetStylesAsync(["s"], none);
        foreach (var entity in refs)
        {
            await _stores.Explore.ExploreAsync(entity, none);
            await _stores.Explore.GetTrendsAsync(entity, none);
            foreach (var category in ExploreCategories.For(entity.Kind))
            {
                await _stores.Explore.ExpandAsync(entity, new ExpandRequest(category, 5, BeforeYear: 2000), none);
            }
        }

        await _stores.Search.AutocompleteAsync(new AutocompleteRequest("blue", [.. Enum.GetValues<EntityKind>()]), none);
        await _stores.Search.SearchAsync(new SearchRequest("blue", [], ["Rock"], 1970, 1990), none);
        for (var depth = 1; depth <= ExploreLimits.MaxPathDepth; depth++)
        {
            await _stores.Paths.FindPathAsync(EntityRef.Artist(1), EntityRef.Genre("g"), depth, none);
        }

        await _stores.Overview.GetYearRangeAsync(none);
        await _stores.Overview.GetGenreEmergenceAsync(1990, none);
        await _stores.Overview.GetGenreTreeAsync(3, none);
        await _stores.Overview.GetCollaboratorsAsync(1, 5, none);
    }

    private sealed record ExploreStoresUnderTest(
        IEntityReader Entities, IExploreReader Explore, ISearchReader Search, IPathFinder Paths, IGraphOverviewReader Overview);
}
