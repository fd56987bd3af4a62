using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.ContractTests;

public abstract partial class ExploreContractTests<TFixture>
{
    [ContractFact]
    public async Task Explore_Artist_CategoriesAndLiveCountsMatchTheSample()
    {
        EntityRef artist = BusiestArtist;

        ExploreResult? result = await Stores.Explore.ExploreAsync(artist, None);

        Assert.NotNull(result);
        Assert.Equal(artist, result.Center.Ref);
        Assert.Equal(Sample.Artists[artist.Id].Name, result.Center.Name);
        Assert.Equal(
            [("releases", "Releases"), ("labels", "Labels"), ("aliases", "Aliases & Members")],
            result.Categories.Select(category => (category.Key, category.Label)));
        Assert.Equal(
            [Sample.Expand(artist, ExploreCategory.Releases).Count, Sample.Expand(artist, ExploreCategory.Labels).Count, Sample.Expand(artist, ExploreCategory.Aliases).Count],
            result.Categories.Select(category => (int)category.Count));
        Assert.True(result.Categories[0].Count > 1);
    }

    [ContractFact]
    public async Task Explore_GenreStyleAndLabel_CountsMatchTheSample()
    {
        foreach (EntityRef node in new[] { BusiestGenre, BusiestStyle, BusiestLabel })
        {
            ExploreResult? result = await Stores.Explore.ExploreAsync(node, None);

            Assert.NotNull(result);
            Assert.Equal(ExploreCategories.For(node.Kind), result.Categories.Select(category => category.Category));
            Assert.Equal(
                ExploreCategories.For(node.Kind).Select(category => (long)Sample.Expand(node, category).Count),
                result.Categories.Select(category => category.Count));
        }
    }

    [ContractFact]
    public async Task Explore_MasterAndRelease_MasterHasItsVersionsAndReleaseNoCategories()
    {
        EntityRef master = BusiestMaster;
        long releaseId = Sample.Releases.Keys.Min();

        ExploreResult? masterResult = await Stores.Explore.ExploreAsync(master, None);
        ExploreResult? releaseResult = await Stores.Explore.ExploreAsync(EntityRef.Release(releaseId), None);

        Assert.NotNull(masterResult);
        Assert.Equal([new CategoryCount(ExploreCategory.Releases, Sample.ReleasesOf(master).Count())], masterResult.Categories);
        Assert.NotNull(releaseResult);
        Assert.Equal(Sample.Releases[releaseId].Title, releaseResult.Center.Name);
        Assert.Equal(Sample.Releases[releaseId].Year, releaseResult.Center.Year);
        Assert.Empty(releaseResult.Categories);
    }

    [ContractFact]
    public async Task Explore_UnknownEntities_AreNull()
    {
        Assert.Null(await Stores.Explore.ExploreAsync(EntityRef.Artist(999_999_999_999), None));
        Assert.Null(await Stores.Explore.ExploreAsync(EntityRef.Genre("No Such Genre"), None));
        Assert.Null(await Stores.Explore.ExploreAsync(EntityRef.Genre(BusiestGenre.Name!.ToUpperInvariant() + "x"), None));
        Assert.Null(await Stores.Explore.ExploreAsync(EntityRef.Release(999_999_999_999), None));
    }

    [ContractFact]
    public async Task Trends_GenreArtistAndRelease_CountReleasesPerKnownYear()
    {
        long releaseId = Sample.Releases.Values.First(release => release.Year is not null).Id;
        foreach (EntityRef node in new[] { BusiestGenre, BusiestArtist, BusiestLabel, BusiestMaster, EntityRef.Release(releaseId) })
        {
            IReadOnlyList<YearCount> trends = await Stores.Explore.GetTrendsAsync(node, None);

            Assert.Equal(Sample.Trends(node), trends);
        }

        Assert.NotEmpty(Sample.Trends(BusiestGenre));
    }

    [ContractFact]
    public async Task Trends_UnknownEntity_IsEmpty()
    {
        Assert.Empty(await Stores.Explore.GetTrendsAsync(EntityRef.Artist(999_999_999_999), None));
        Assert.Empty(await Stores.Explore.GetTrendsAsync(EntityRef.Style("No Such Style"), None));
    }
}
