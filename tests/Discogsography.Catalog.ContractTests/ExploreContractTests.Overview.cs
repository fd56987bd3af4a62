using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.ContractTests;

public abstract partial class ExploreContractTests<TFixture>
{
    [ContractFact]
    public async Task GetYearRange_IsTheSampleRangeClamped()
    {
        YearRange range = await Stores.Overview.GetYearRangeAsync(None);

        Assert.Equal(Sample.YearRange(), range);
        Assert.NotNull(range.Min);
    }

    [ContractFact]
    public async Task GetGenreEmergence_ListsGenresAndStylesFirstSeenByTheYear()
    {
        foreach (int year in new[] { 1900, 1965, 1990, 2030 })
        {
            GenreEmergence emergence = await Stores.Overview.GetGenreEmergenceAsync(year, None);

            Assert.Equal(Sample.Emergence(release => release.Genres, year), emergence.Genres);
            Assert.Equal(Sample.Emergence(release => release.Styles, year), emergence.Styles);
        }

        await ThrowsCode(ExploreErrorCodes.BeforeYearOutOfRange, () => Stores.Overview.GetGenreEmergenceAsync(1899, None));
        await ThrowsCode(ExploreErrorCodes.BeforeYearOutOfRange, () => Stores.Overview.GetGenreEmergenceAsync(2031, None));
    }

    [ContractFact]
    public async Task GetGenreTree_MatchesTheCoOccurrenceOfTheSample()
    {
        IReadOnlyList<GenreTreeEntry> tree = await Stores.Overview.GetGenreTreeAsync(5, None);
        IReadOnlyList<GenreTreeEntry> expected = Sample.GenreTree(5);

        Assert.Equal(expected.Select(entry => (entry.Genre, entry.ReleaseCount)), tree.Select(entry => (entry.Genre, entry.ReleaseCount)));
        Assert.Equal(expected.SelectMany(entry => entry.Styles), tree.SelectMany(entry => entry.Styles));
        await ThrowsCode(ExploreErrorCodes.ArgumentOutOfRange, () => Stores.Overview.GetGenreTreeAsync(0, None));
    }

    [ContractFact]
    public async Task GetCollaborators_CountsSharedReleasesPerYear()
    {
        long artistId = Sample.Releases.Values.SelectMany(SampleGraph.ArtistIds).Distinct()
            .OrderByDescending(id => Sample.Collaborators(id).Count).ThenBy(id => id).First();
        var expected = Sample.Collaborators(artistId);

        CollaboratorsResult? result = await Stores.Overview.GetCollaboratorsAsync(artistId, 3, None);

        Assert.NotNull(result);
        Assert.True(expected.Count > 3);
        Assert.Equal(expected.Count, result.TotalCount);
        Assert.Equal(expected.Take(3).Select(entry => (entry.Id, entry.Count)), result.Collaborators.Select(entry => (entry.Artist.Ref.Id, entry.ReleaseCount)));
        Assert.Equal(expected.Take(3).SelectMany(entry => entry.Years), result.Collaborators.SelectMany(entry => entry.YearlyCounts));
        Assert.All(result.Collaborators, entry =>
        {
            Assert.Equal(entry.YearlyCounts[0].Year, entry.FirstYear);
            Assert.Equal(entry.YearlyCounts[^1].Year, entry.LastYear);
        });
    }

    [ContractFact]
    public async Task GetCollaborators_UnknownArtistIsNullAndFirstIsBounded()
    {
        Assert.Null(await Stores.Overview.GetCollaboratorsAsync(999_999_999_999, 10, None));
        await ThrowsCode(ExploreErrorCodes.FirstOutOfRange, () => Stores.Overview.GetCollaboratorsAsync(BusiestArtist.Id, 101, None));
    }
}
