using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.ContractTests;

public abstract partial class ExploreContractTests<TFixture>
{
    [ContractFact]
    public async Task FindPath_ConnectedNodes_FindsAShortestPathAlongRealRelationships()
    {
        (EntityRef From, EntityRef To)[] pairs =
        [
            (BusiestArtist, BusiestLabel),
            (BusiestArtist, BusiestGenre),
            (BestConnectedArtist, BusiestStyle),
            (BusiestMaster, BusiestArtist),
            (EntityRef.Label(Sample.Releases.Values.SelectMany(SampleGraph.LabelIds).Min()), BusiestLabel),
        ];
        foreach ((EntityRef from, EntityRef to) in pairs)
        {
            int? expected = Sample.ShortestPathLength(from, to, ExploreLimits.MaxPathDepth);

            PathResult? path = await Stores.Paths.FindPathAsync(from, to, ExploreLimits.MaxPathDepth, None);

            Assert.NotNull(path);
            Assert.Equal(expected is not null, path.Found);
            Assert.Equal(expected, path.Length);
            if (path.Found)
            {
                AssertWalk(from, to, path);
            }
        }
    }

    [ContractFact]
    public async Task FindPath_SameNode_IsFoundWithLengthZero()
    {
        PathResult? path = await Stores.Paths.FindPathAsync(BusiestGenre, BusiestGenre, ExploreLimits.DefaultPathDepth, None);

        Assert.NotNull(path);
        Assert.True(path.Found);
        Assert.Equal(0, path.Length);
        PathStep step = Assert.Single(path.Steps);
        Assert.Equal(BusiestGenre, step.Node.Ref);
        Assert.Null(step.Relationship);
    }

    [ContractFact]
    public async Task FindPath_BeyondTheDepth_IsNotFound()
    {
        (EntityRef from, EntityRef to, int length) = Sample.Releases.Values.OrderBy(release => release.Id)
            .Select(release => (From: BusiestArtist, To: (EntityRef)EntityRef.Release(release.Id)))
            .Select(pair => (pair.From, pair.To, Length: Sample.ShortestPathLength(pair.From, pair.To, ExploreLimits.MaxPathDepth)))
            .Where(pair => pair.Length >= 3)
            .Select(pair => (pair.From, pair.To, pair.Length!.Value))
            .First();

        PathResult? tooShort = await Stores.Paths.FindPathAsync(from, to, length - 1, None);
        PathResult? enough = await Stores.Paths.FindPathAsync(from, to, length, None);

        Assert.Equal(PathResult.NotFound.Found, tooShort!.Found);
        Assert.Null(tooShort.Length);
        Assert.Empty(tooShort.Steps);
        Assert.Equal(length, enough!.Length);
        AssertWalk(from, to, enough);
    }

    [ContractFact]
    public async Task FindPath_DisconnectedNodes_IsNotFound()
    {
        EntityRef lonely = Sample.Artists.Keys.Order().Select(EntityRef.Artist)
            .First(artist => !Sample.Edges.ContainsKey(artist));

        PathResult? path = await Stores.Paths.FindPathAsync(lonely, BusiestGenre, ExploreLimits.MaxPathDepth, None);

        Assert.NotNull(path);
        Assert.False(path.Found);
        Assert.Empty(path.Steps);
    }

    [ContractFact]
    public async Task FindPath_UnknownEndpoint_IsNull()
    {
        Assert.Null(await Stores.Paths.FindPathAsync(BusiestArtist, EntityRef.Artist(999_999_999_999), 6, None));
        Assert.Null(await Stores.Paths.FindPathAsync(EntityRef.Genre("No Such Genre"), BusiestGenre, 6, None));
    }

    [ContractFact]
    public async Task FindPath_DepthOutOfRange_FailsWithItsCode()
    {
        await ThrowsCode(ExploreErrorCodes.MaxDepthOutOfRange, () => Stores.Paths.FindPathAsync(BusiestArtist, BusiestGenre, 0, None));
        await ThrowsCode(ExploreErrorCodes.MaxDepthOutOfRange, () => Stores.Paths.FindPathAsync(BusiestArtist, BusiestGenre, 11, None));
    }

    private void AssertWalk(EntityRef from, EntityRef to, PathResult path)
    {
        Assert.Equal(path.Length + 1, path.Steps.Count);
        Assert.Equal(from, path.Steps[0].Node.Ref);
        Assert.Equal(to, path.Steps[^1].Node.Ref);
        Assert.Null(path.Steps[0].Relationship);
        for (int index = 1; index < path.Steps.Count; index++)
        {
            PathStep step = path.Steps[index];
            Assert.Contains(
                (step.Node.Ref, step.Relationship!.Value, step.Forward!.Value),
                Sample.Edges[path.Steps[index - 1].Node.Ref]);
        }
    }
}
