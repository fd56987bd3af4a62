using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.ContractTests;

public abstract partial class ExploreContractTests<TFixture>
{
    [ContractFact]
    public async Task Autocomplete_AccentFreeQuery_FindsTheAccentedName()
    {
        string name = Sample.Artists.Values.Select(artist => artist.Name).First(name => name == "Håkan Lidbo")!;

        IReadOnlyList<AutocompleteHit> hits = await Stores.Search.AutocompleteAsync(new AutocompleteRequest("hakan", [EntityKind.Artist]), None);
        IReadOnlyList<AutocompleteHit> upper = await Stores.Search.AutocompleteAsync(new AutocompleteRequest("HÅKAN LID", []), None);

        Assert.Contains(hits, hit => hit.Name == name);
        Assert.Equal(Sample.Autocomplete("hakan", [EntityKind.Artist], 10), hits);
        Assert.Equal(name, upper[0].Name);
        Assert.Equal(AutocompleteScoring.Prefix, upper[0].Score);
    }

    [ContractFact]
    public async Task Autocomplete_CommonPrefix_RanksExactAndPrefixMatchesFirstAsTheSampleDoes()
    {
        foreach (string query in new[] { "the", "rock", "elec", "pepe", "john" })
        {
            IReadOnlyList<AutocompleteHit> hits = await Stores.Search.AutocompleteAsync(new AutocompleteRequest(query, [], ExploreLimits.MaxAutocompleteFirst), None);

            Assert.Equal(Sample.Autocomplete(query, AutocompleteRequest.DefaultKinds, ExploreLimits.MaxAutocompleteFirst), hits);
        }

        IReadOnlyList<AutocompleteHit> rock = await Stores.Search.AutocompleteAsync(new AutocompleteRequest("rock", [EntityKind.Genre, EntityKind.Style]), None);
        Assert.Equal((EntityRef.Genre("Rock"), AutocompleteScoring.Exact), (rock[0].Ref, rock[0].Score));
    }

    [ContractFact]
    public async Task Autocomplete_ReleasesAndMasters_AreSuggestedWhenAsked()
    {
        IReadOnlyList<AutocompleteHit> hits = await Stores.Search.AutocompleteAsync(
            new AutocompleteRequest("love", [EntityKind.Release, EntityKind.Master], 20), None);

        Assert.Equal(Sample.Autocomplete("love", [EntityKind.Release, EntityKind.Master], 20), hits);
        Assert.NotEmpty(hits);
    }

    [ContractFact]
    public async Task Autocomplete_InvalidArguments_FailWithTheirCodes()
    {
        await ThrowsCode(ExploreErrorCodes.QueryTooShort, () => Stores.Search.AutocompleteAsync(new AutocompleteRequest("ab", []), None));
        await ThrowsCode(ExploreErrorCodes.QueryTooShort, () => Stores.Search.AutocompleteAsync(new AutocompleteRequest("   a   ", []), None));
        await ThrowsCode(ExploreErrorCodes.FirstOutOfRange, () => Stores.Search.AutocompleteAsync(new AutocompleteRequest("rock", [], 51), None));
        await ThrowsCode(ExploreErrorCodes.FirstOutOfRange, () => Stores.Search.AutocompleteAsync(new AutocompleteRequest("rock", [], 0), None));
        Assert.Empty(await Stores.Search.AutocompleteAsync(new AutocompleteRequest("zzqxj", []), None));
        Assert.Empty(await Stores.Search.AutocompleteAsync(new AutocompleteRequest("!!!", []), None));
    }

    [ContractFact]
    public async Task Search_Word_PagesThroughEveryMatchInOrderWithExactFacets()
    {
        const string Query = "love";
        IReadOnlyList<(EntityRef Ref, string Name, int? Year)> expected = Sample.Search(Query, SearchRequest.SearchableKinds, [], null, null);
        var hits = new List<SearchHit>();
        string? after = null;
        SearchResult? first = null;
        do
        {
            SearchResult result = await Stores.Search.SearchAsync(new SearchRequest(Query, [], [], First: 7, After: after), None);
            first ??= result;
            Assert.Equal(expected.Count, result.Hits.TotalCount);
            hits.AddRange(result.Hits.Edges.Select(edge => edge.Node));
            after = result.Hits.HasNextPage ? result.Hits.EndCursor : null;
        }
        while (after is not null);

        Assert.True(expected.Count > 7);
        Assert.Equal(expected.Select(hit => (hit.Ref, (string?)hit.Name, hit.Year)), hits.Select(hit => (hit.Node.Ref, hit.Node.Name, hit.Node.Year)));
        Assert.Equal(hits.Select(hit => hit.Relevance).OrderDescending(), hits.Select(hit => hit.Relevance));
        Assert.All(hits, hit => Assert.Contains("<b>", hit.Highlight, StringComparison.Ordinal));
        Assert.All(hits, hit => Assert.Equal(Sample.GenresOf(hit.Node.Ref), hit.Genres));
        Assert.Equal(
            expected.GroupBy(hit => hit.Ref.Kind).OrderBy(group => group.Key).Select(group => new KindCount(group.Key, group.Count())),
            first!.Facets.Kinds);
        Assert.Equal(
            expected.Where(hit => hit.Year is not null).GroupBy(hit => hit.Year!.Value / 10 * 10).OrderBy(group => group.Key)
                .Select(group => new DecadeCount(group.Key, group.Count())),
            first.Facets.Decades);
        Assert.Equal(
            expected.SelectMany(hit => Sample.GenresOf(hit.Ref)).GroupBy(genre => genre)
                .Select(group => new NameCount(group.Key, group.Count()))
                .OrderByDescending(genre => genre.Count).ThenBy(genre => genre.Name, StringComparer.Ordinal).Take(ExploreLimits.GenreFacetSize),
            first.Facets.Genres);
    }

    [ContractFact]
    public async Task Search_GenreAndYearFilters_KeepOnlyTaggedReleasesAndMastersOfThoseYears()
    {
        var request = new SearchRequest("the", [], ["Rock", "Pop"], YearFrom: 1960, YearTo: 1999, First: 100);
        IReadOnlyList<(EntityRef Ref, string Name, int? Year)> expected = Sample.Search("the", SearchRequest.SearchableKinds, ["Rock", "Pop"], 1960, 1999);

        SearchResult result = await Stores.Search.SearchAsync(request, None);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, result.Hits.TotalCount);
        Assert.Equal(expected.Select(hit => hit.Ref).Take(100), result.Hits.Edges.Select(edge => edge.Node.Node.Ref));
    }

    [ContractFact]
    public async Task Search_AccentFreeWord_FindsTheAccentedName()
    {
        SearchResult result = await Stores.Search.SearchAsync(new SearchRequest("HAKAN", [EntityKind.Artist], []), None);

        Assert.Equal(Sample.Search("hakan", [EntityKind.Artist], [], null, null).Select(hit => hit.Ref), result.Hits.Edges.Select(edge => edge.Node.Node.Ref));
        Assert.Contains(result.Hits.Edges, edge => edge.Node.Highlight == "<b>Håkan</b> Lidbo");
    }

    [ContractFact]
    public async Task Search_InvalidArguments_FailWithTheirCodes()
    {
        await ThrowsCode(ExploreErrorCodes.QueryTooShort, () => Stores.Search.SearchAsync(new SearchRequest(" x ", [], []), None));
        await ThrowsCode(ExploreErrorCodes.FirstOutOfRange, () => Stores.Search.SearchAsync(new SearchRequest("love", [], [], First: 101), None));
        await ThrowsCode(ExploreErrorCodes.YearOutOfRange, () => Stores.Search.SearchAsync(new SearchRequest("love", [], [], YearFrom: 999), None));
        await ThrowsCode(ExploreErrorCodes.YearOutOfRange, () => Stores.Search.SearchAsync(new SearchRequest("love", [], [], YearTo: 10_000), None));
        await ThrowsCode(ExploreErrorCodes.YearOutOfRange, () => Stores.Search.SearchAsync(new SearchRequest("love", [], [], 2000, 1990), None));
        await ThrowsCode(ExploreErrorCodes.InvalidCursor, () => Stores.Search.SearchAsync(new SearchRequest("love", [], [], After: "%%%"), None));
    }
}
