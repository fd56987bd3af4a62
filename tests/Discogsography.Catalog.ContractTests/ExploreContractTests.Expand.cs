using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.ContractTests;

public abstract partial class ExploreContractTests<TFixture>
{
    [ContractFact]
    public async Task Expand_GenreReleases_PagesCoverTheOrderedListWithoutGapsOrDuplicates()
    {
        EntityRef genre = BusiestGenre;

        List<PageEdge<ExpandItem>> edges = await ExpandAll(genre, ExploreCategory.Releases, first: 37);

        AssertExpansion(Sample.Expand(genre, ExploreCategory.Releases), edges);
        Assert.True(edges.Count > 100);
    }

    [ContractFact]
    public async Task Expand_EveryCategoryOfGenreStyleLabelAndArtist_MatchesTheSample()
    {
        foreach (EntityRef node in new[] { BusiestGenre, BusiestStyle, BusiestLabel, BusiestArtist, BestConnectedArtist, BusiestMaster })
        {
            foreach (ExploreCategory category in ExploreCategories.For(node.Kind))
            {
                List<PageEdge<ExpandItem>> edges = await ExpandAll(node, category, first: ExploreLimits.MaxExpandFirst);

                AssertExpansion(Sample.Expand(node, category), edges);
            }
        }
    }

    [ContractFact]
    public async Task Expand_SmallPages_AgreeWithOneLargePage()
    {
        EntityRef genre = BusiestGenre;

        List<PageEdge<ExpandItem>> small = await ExpandAll(genre, ExploreCategory.Artists, first: 7);
        List<PageEdge<ExpandItem>> large = await ExpandAll(genre, ExploreCategory.Artists, first: ExploreLimits.MaxExpandFirst);

        Assert.Equal(large.Select(edge => edge.Node), small.Select(edge => edge.Node));
    }

    [ContractFact]
    public async Task Expand_BeforeYear_KeepsOnlyReleasesOfAKnownYearUpToIt()
    {
        EntityRef genre = BusiestGenre;
        int beforeYear = (int)Sample.ReleasesOf(genre).Where(release => release.Year > 0).Select(release => release.Year!.Value).Order()
            .ElementAt(Sample.ReleasesOf(genre).Count(release => release.Year > 0) / 2);

        List<PageEdge<ExpandItem>> releases = await ExpandAll(genre, ExploreCategory.Releases, first: 50, beforeYear);
        List<PageEdge<ExpandItem>> artists = await ExpandAll(genre, ExploreCategory.Artists, first: 50, beforeYear);

        AssertExpansion(Sample.Expand(genre, ExploreCategory.Releases, beforeYear), releases);
        AssertExpansion(Sample.Expand(genre, ExploreCategory.Artists, beforeYear), artists);
        Assert.All(releases, edge => Assert.InRange(edge.Node.Node.Year ?? 0, 1, beforeYear));
        Assert.True(releases.Count < Sample.ReleasesOf(genre).Count());
    }

    [ContractFact]
    public async Task Expand_BeforeYear_IsIgnoredForAliases()
    {
        EntityRef artist = BestConnectedArtist;

        List<PageEdge<ExpandItem>> edges = await ExpandAll(artist, ExploreCategory.Aliases, first: 3, beforeYear: 1900);

        AssertExpansion(Sample.Expand(artist, ExploreCategory.Aliases), edges);
        Assert.NotEmpty(edges);
    }

    [ContractFact]
    public async Task Expand_UnknownEntity_IsAnEmptyPage()
    {
        Page<ExpandItem> page = await Stores.Explore.ExpandAsync(EntityRef.Label(999_999_999_999), new ExpandRequest(ExploreCategory.Releases), None);

        Assert.Empty(page.Edges);
        Assert.Equal(0, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    [ContractFact]
    public async Task ExpandMany_SeveralArtists_EqualsOneExpansionEach()
    {
        EntityRef[] artists = [.. Sample.Releases.Values.SelectMany(SampleGraph.ArtistIds).Distinct().Order().Take(25).Select(EntityRef.Artist),
            EntityRef.Artist(999_999_999_999)];
        var request = new ExpandRequest(ExploreCategory.Releases, First: 2);

        IReadOnlyDictionary<EntityRef, Page<ExpandItem>> pages = await Stores.Explore.ExpandManyAsync(artists, request, None);

        Assert.Equal(artists.Length, pages.Count);
        foreach (EntityRef artist in artists)
        {
            Page<ExpandItem> single = await Stores.Explore.ExpandAsync(artist, request, None);
            Assert.Equal(single.Edges.Select(edge => edge.Node), pages[artist].Edges.Select(edge => edge.Node));
            Assert.Equal(Sample.Expand(artist, ExploreCategory.Releases).Count, pages[artist].TotalCount);
        }
    }

    [ContractFact]
    public async Task Expand_InvalidArguments_FailWithTheirCodes()
    {
        EntityRef artist = BusiestArtist;

        await ThrowsCode(ExploreErrorCodes.UnknownCategory, () => Stores.Explore.ExpandAsync(artist, new ExpandRequest(ExploreCategory.Genres), None));
        await ThrowsCode(ExploreErrorCodes.UnknownCategory, () => Stores.Explore.ExpandAsync(EntityRef.Release(1), new ExpandRequest(ExploreCategory.Artists), None));
        await ThrowsCode(ExploreErrorCodes.FirstOutOfRange, () => Stores.Explore.ExpandAsync(artist, new ExpandRequest(ExploreCategory.Releases, 0), None));
        await ThrowsCode(ExploreErrorCodes.FirstOutOfRange, () => Stores.Explore.ExpandAsync(artist, new ExpandRequest(ExploreCategory.Releases, 201), None));
        await ThrowsCode(ExploreErrorCodes.BeforeYearOutOfRange, () => Stores.Explore.ExpandAsync(artist, new ExpandRequest(ExploreCategory.Releases, BeforeYear: 1899), None));
        await ThrowsCode(ExploreErrorCodes.BeforeYearOutOfRange, () => Stores.Explore.ExpandAsync(artist, new ExpandRequest(ExploreCategory.Releases, BeforeYear: 2031), None));
        await ThrowsCode(ExploreErrorCodes.InvalidCursor, () => Stores.Explore.ExpandAsync(artist, new ExpandRequest(ExploreCategory.Releases, After: "not-a-cursor"), None));
        await ThrowsCode(ExploreErrorCodes.TooManyIds, () => Stores.Explore.ExpandManyAsync(
            [.. Enumerable.Range(1, ExploreLimits.MaxBatchSize + 1).Select(id => EntityRef.Artist(id))], new ExpandRequest(ExploreCategory.Releases), None));
    }

    [ContractFact]
    public async Task Expand_BoundaryArguments_AreAccepted()
    {
        EntityRef artist = BusiestArtist;

        Page<ExpandItem> page = await Stores.Explore.ExpandAsync(artist, new ExpandRequest(ExploreCategory.Releases, 200, BeforeYear: 2030), None);
        Page<ExpandItem> oldest = await Stores.Explore.ExpandAsync(artist, new ExpandRequest(ExploreCategory.Releases, 1, BeforeYear: 1900), None);

        Assert.Equal(Sample.Expand(artist, ExploreCategory.Releases, 2030).Count, page.TotalCount);
        Assert.Equal(Sample.Expand(artist, ExploreCategory.Releases, 1900).Count, oldest.TotalCount);
    }
}
