using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Hashing;

namespace Discogsography.Catalog.ContractTests;

public abstract partial class ExploreContractTests<TFixture>
{
    [ContractFact]
    public async Task GetArtists_SampleIds_ReturnTheFullRecordsAndLeaveUnknownIdsOut()
    {
        long[] ids = [.. Sample.Artists.Keys.Order().Take(40), 999_999_999_999];

        IReadOnlyDictionary<long, ArtistNode> artists = await Stores.Entities.GetArtistsAsync(ids, None);

        Assert.Equal(40, artists.Count);
        foreach (ArtistNode artist in artists.Values)
        {
            Assert.False(artist.IsPlaceholder);
            Assert.Equal(Sample.Artists[artist.Id].Name, artist.Name);
            Assert.Equal(CanonicalJson.ToBytes(Sample.Artists[artist.Id]), CanonicalJson.ToBytes(artist.Record!));
        }
    }

    [ContractFact]
    public async Task GetLabelsMastersReleases_SampleIds_ReturnTheFullRecords()
    {
        long[] labelIds = [.. Sample.Labels.Keys.Order().Take(30)];
        long[] masterIds = [.. Sample.Masters.Keys.Order().Take(30)];
        long[] releaseIds = [.. Sample.Releases.Keys.Order().Take(30)];

        IReadOnlyDictionary<long, LabelNode> labels = await Stores.Entities.GetLabelsAsync(labelIds, None);
        IReadOnlyDictionary<long, MasterNode> masters = await Stores.Entities.GetMastersAsync(masterIds, None);
        IReadOnlyDictionary<long, ReleaseNode> releases = await Stores.Entities.GetReleasesAsync(releaseIds, None);

        Assert.Equal(labelIds, labels.Keys.Order());
        Assert.All(labels.Values, label => Assert.Equal(CanonicalJson.ToBytes(Sample.Labels[label.Id]), CanonicalJson.ToBytes(label.Record!)));
        Assert.Equal(masterIds, masters.Keys.Order());
        Assert.All(masters.Values, master => Assert.Equal(CanonicalJson.ToBytes(Sample.Masters[master.Id]), CanonicalJson.ToBytes(master.Record!)));
        Assert.Equal(releaseIds, releases.Keys.Order());
        Assert.All(releases.Values, release =>
        {
            Assert.Equal(Sample.Releases[release.Id].Title, release.Title);
            Assert.Equal(CanonicalJson.ToBytes(Sample.Releases[release.Id]), CanonicalJson.ToBytes(release.Record!));
        });
    }

    [ContractFact]
    public async Task GetArtists_ReferencedButNotInTheSample_IsAPlaceholderNamedByTheReference()
    {
        (long id, string? name) = Sample.Releases.Values.OrderBy(release => release.Id)
            .SelectMany(release => release.Artists)
            .Where(credit => credit.Id is > 0 && !Sample.Artists.ContainsKey(credit.Id.Value) && credit.Name is not null)
            .Select(credit => (credit.Id!.Value, credit.Name))
            .First();

        IReadOnlyDictionary<long, ArtistNode> artists = await Stores.Entities.GetArtistsAsync([id], None);

        ArtistNode artist = Assert.Single(artists.Values);
        Assert.True(artist.IsPlaceholder);
        Assert.NotNull(artist.Name);
        Assert.Contains(
            artist.Name,
            Sample.Releases.Values.SelectMany(release => release.Artists).Where(credit => credit.Id == id).Select(credit => credit.Name));
        Assert.NotNull(name);
    }

    [ContractFact]
    public async Task GetGenresAndStyles_CountsMatchTheSample()
    {
        IReadOnlyDictionary<string, GenreNode> genres = await Stores.Entities.GetGenresAsync([.. Sample.GenreNames, "No Such Genre"], None);
        IReadOnlyDictionary<string, StyleNode> styles = await Stores.Entities.GetStylesAsync([BusiestStyle.Name!], None);

        Assert.Equal(Sample.GenreNames.Order(StringComparer.Ordinal), genres.Keys.Order(StringComparer.Ordinal));
        foreach (GenreNode genre in genres.Values)
        {
            EntityRef node = EntityRef.Genre(genre.Name);
            Assert.Equal(Sample.Expand(node, ExploreCategory.Releases).Count, genre.ReleaseCount);
            Assert.Equal(Sample.Expand(node, ExploreCategory.Artists).Count, genre.ArtistCount);
            Assert.Equal(Sample.Expand(node, ExploreCategory.Labels).Count, genre.LabelCount);
            Assert.Equal(Sample.Expand(node, ExploreCategory.Styles).Count, genre.StyleCount);
            Assert.Equal(Sample.ReleasesOf(node).Where(release => release.Year > 0).Min(release => release.Year), genre.FirstYear);
        }

        StyleNode style = Assert.Single(styles.Values);
        Assert.Equal(Sample.Expand(BusiestStyle, ExploreCategory.Releases).Count, style.ReleaseCount);
        Assert.Equal(Sample.Expand(BusiestStyle, ExploreCategory.Genres).Count, style.GenreCount);
    }

    [ContractFact]
    public async Task GetSummaries_MixedKinds_NameEachKnownNode()
    {
        long releaseId = Sample.Releases.Keys.Max();
        EntityRef[] refs = [BusiestArtist, BusiestLabel, BusiestGenre, BusiestStyle, EntityRef.Release(releaseId), EntityRef.Master(Sample.Masters.Keys.Min()),
            EntityRef.Artist(999_999_999_999), EntityRef.Style("No Such Style")];

        IReadOnlyDictionary<EntityRef, EntitySummary> summaries = await Stores.Entities.GetSummariesAsync(refs, None);

        Assert.Equal(6, summaries.Count);
        Assert.Equal(Sample.Artists[BusiestArtist.Id].Name, summaries[BusiestArtist].Name);
        Assert.Equal(BusiestGenre.Name, summaries[BusiestGenre].Name);
        Assert.Equal(Sample.Releases[releaseId].Title, summaries[EntityRef.Release(releaseId)].Name);
        Assert.Equal(Sample.Releases[releaseId].Year, summaries[EntityRef.Release(releaseId)].Year);
        Assert.Equal(Sample.Masters[Sample.Masters.Keys.Min()].Year, summaries[EntityRef.Master(Sample.Masters.Keys.Min())].Year);
    }

    [ContractFact]
    public async Task GetEntities_TooManyIds_FailWithTheirCode()
    {
        long[] ids = [.. Enumerable.Range(1, ExploreLimits.MaxBatchSize + 1).Select(id => (long)id)];

        await ThrowsCode(ExploreErrorCodes.TooManyIds, () => Stores.Entities.GetArtistsAsync(ids, None));
        await ThrowsCode(ExploreErrorCodes.TooManyIds, () => Stores.Entities.GetGenresAsync([.. ids.Select(id => $"g{id}")], None));
        IReadOnlyDictionary<long, ReleaseNode> largest = await Stores.Entities.GetReleasesAsync([.. ids.Take(ExploreLimits.MaxBatchSize)], None);
        Assert.Equal(
            ids.Take(ExploreLimits.MaxBatchSize).Where(Sample.Releases.ContainsKey),
            largest.Values.Where(release => !release.IsPlaceholder).Select(release => release.Id).Order());
    }
}
