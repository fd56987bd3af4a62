using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.ContractTests;

/// <summary>
/// The contract every store implementing the explore ports must meet, with exact expectations computed from the
/// real sample by <see cref="SampleGraph"/>. A store's test project derives one class per database.
/// </summary>
/// <typeparam name="TFixture">The store's fixture (loaded once per derived class).</typeparam>
public abstract partial class ExploreContractTests<TFixture> : IClassFixture<TFixture>
    where TFixture : class, IExploreContractFixture
{
    private readonly TFixture _fixture;

    /// <summary>Creates the suite over a loaded store.</summary>
    protected ExploreContractTests(TFixture fixture) => _fixture = fixture;

    private ExploreStores Stores => _fixture.Stores;

    private SampleGraph Sample => _fixture.Sample;

    private static CancellationToken None => CancellationToken.None;

    // The artist of the sample with the most releases among those whose own record is in the sample.
    private EntityRef BusiestArtist => EntityRef.Artist(Sample.Artists.Keys
        .OrderByDescending(id => Sample.ReleasesOf(EntityRef.Artist(id)).Count()).ThenBy(id => id).First());

    // The artist of the sample (record loaded) with the most aliases, groups and members.
    private EntityRef BestConnectedArtist => EntityRef.Artist(Sample.Artists.Keys
        .OrderByDescending(id => Sample.AliasIds(id).Count()).ThenBy(id => id).First());

    private EntityRef BusiestLabel => EntityRef.Label(Sample.Releases.Values.SelectMany(SampleGraph.LabelIds)
        .GroupBy(id => id).OrderByDescending(group => group.Count()).ThenBy(group => group.Key).First().Key);

    private EntityRef BusiestGenre => EntityRef.Genre(Sample.Releases.Values.SelectMany(release => release.Genres.Distinct())
        .GroupBy(name => name).OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal).First().Key);

    private EntityRef BusiestStyle => EntityRef.Style(Sample.Releases.Values.SelectMany(release => release.Styles.Distinct())
        .GroupBy(name => name).OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal).First().Key);

    private EntityRef BusiestMaster => EntityRef.Master(Sample.Releases.Values.Where(release => release.MasterId is not null)
        .GroupBy(release => release.MasterId!.Value).OrderByDescending(group => group.Count()).ThenBy(group => group.Key).First().Key);

    private static async Task ThrowsCode(string code, Func<Task> call)
    {
        ExploreArgumentException error = await Assert.ThrowsAsync<ExploreArgumentException>(call);
        Assert.Equal(code, error.Code);
    }

    private async Task<List<PageEdge<ExpandItem>>> ExpandAll(EntityRef parent, ExploreCategory category, int first, int? beforeYear = null)
    {
        var edges = new List<PageEdge<ExpandItem>>();
        string? after = null;
        long? total = null;
        for (int pages = 0; pages < 1000; pages++)
        {
            Page<ExpandItem> page = await Stores.Explore.ExpandAsync(parent, new ExpandRequest(category, first, after, beforeYear), None);
            total ??= page.TotalCount;
            Assert.Equal(total, page.TotalCount);
            Assert.Equal(after is not null, page.HasPreviousPage);
            Assert.True(page.Edges.Count <= first);
            edges.AddRange(page.Edges);
            Assert.Equal(edges.Count < total, page.HasNextPage);
            if (!page.HasNextPage)
            {
                Assert.Equal(total, edges.Count);
                return edges;
            }

            Assert.Equal(first, page.Edges.Count);
            after = page.EndCursor;
        }

        throw new InvalidOperationException("Paging did not end.");
    }

    private void AssertExpansion(IReadOnlyList<(EntityRef Ref, long? Count, int? Year)> expected, IReadOnlyList<PageEdge<ExpandItem>> actual)
    {
        Assert.Equal(expected.Select(item => (item.Ref, item.Count)), actual.Select(edge => (edge.Node.Node.Ref, edge.Node.ReleaseCount)));
        foreach (PageEdge<ExpandItem> edge in actual.Where(edge => edge.Node.Node.Ref.Kind == EntityKind.Release))
        {
            Assert.Equal(Sample.Releases[edge.Node.Node.Ref.Id].Title, edge.Node.Node.Name);
            Assert.Equal(Sample.Releases[edge.Node.Node.Ref.Id].Year, edge.Node.Node.Year);
        }

        foreach (PageEdge<ExpandItem> edge in actual.Where(edge => edge.Node.Node.Ref.Kind == EntityKind.Artist && Sample.Artists.ContainsKey(edge.Node.Node.Ref.Id)))
        {
            Assert.Equal(Sample.Artists[edge.Node.Node.Ref.Id].Name, edge.Node.Node.Name);
        }

        Assert.Equal(actual.Count, actual.Select(edge => edge.Node.Node.Ref).Distinct().Count());
    }
}
