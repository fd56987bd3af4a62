using System.Collections.Concurrent;
using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;

namespace Discogsography.Server.Tests.Explore;

/// <summary>
/// A small catalog in memory implementing the explore read contracts after their documented rules, counting every
/// call per method, so resolver tests can check both answers and batching.
/// </summary>
internal sealed class InMemoryCatalog : IEntityReader, IExploreReader, ISearchReader, IPathFinder, IGraphOverviewReader
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public InMemoryCatalog(IEnumerable<ArtistRecord> artists, IEnumerable<LabelRecord> labels, IEnumerable<MasterRecord> masters, IEnumerable<ReleaseRecord> releases)
    {
        Artists = artists.ToDictionary(a => a.Id);
        Labels = labels.ToDictionary(l => l.Id);
        Masters = masters.ToDictionary(m => m.Id);
        Releases = releases.ToDictionary(r => r.Id);
    }

    public IReadOnlyDictionary<long, ArtistRecord> Artists { get; }

    public IReadOnlyDictionary<long, LabelRecord> Labels { get; }

    public IReadOnlyDictionary<long, MasterRecord> Masters { get; }

    public IReadOnlyDictionary<long, ReleaseRecord> Releases { get; }

    /// <summary>How many times the contract method <paramref name="method"/> was called.</summary>
    public int Calls(string method) => _calls.GetValueOrDefault(method);

    /// <summary>Every key passed to each call of the method, in order.</summary>
    public ConcurrentQueue<(string Method, int Keys)> CallLog { get; } = new();

    public void ResetCalls()
    {
        _calls.Clear();
        CallLog.Clear();
    }

    public Task<IReadOnlyDictionary<long, ArtistNode>> GetArtistsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        Count(nameof(GetArtistsAsync), ids.Count);
        ExploreArguments.Batch(ids);
        return Task.FromResult<IReadOnlyDictionary<long, ArtistNode>>(ids.Distinct().Where(Artists.ContainsKey)
            .ToDictionary(id => id, id => new ArtistNode { Id = id, Name = Artists[id].Name, Record = Artists[id] }));
    }

    public Task<IReadOnlyDictionary<long, LabelNode>> GetLabelsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        Count(nameof(GetLabelsAsync), ids.Count);
        return Task.FromResult<IReadOnlyDictionary<long, LabelNode>>(ids.Distinct().Where(Labels.ContainsKey)
            .ToDictionary(id => id, id => new LabelNode { Id = id, Name = Labels[id].Name, Record = Labels[id] }));
    }

    public Task<IReadOnlyDictionary<long, MasterNode>> GetMastersAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        Count(nameof(GetMastersAsync), ids.Count);
        return Task.FromResult<IReadOnlyDictionary<long, MasterNode>>(ids.Distinct().Where(Masters.ContainsKey)
            .ToDictionary(id => id, id => new MasterNode { Id = id, Title = Masters[id].Title, Record = Masters[id] }));
    }

    public Task<IReadOnlyDictionary<long, ReleaseNode>> GetReleasesAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        Count(nameof(GetReleasesAsync), ids.Count);
        return Task.FromResult<IReadOnlyDictionary<long, ReleaseNode>>(ids.Distinct().Where(Releases.ContainsKey)
            .ToDictionary(id => id, id => new ReleaseNode { Id = id, Title = Releases[id].Title, Record = Releases[id] }));
    }

    public Task<IReadOnlyDictionary<string, GenreNode>> GetGenresAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        Count(nameof(GetGenresAsync), names.Count);
        return Task.FromResult<IReadOnlyDictionary<string, GenreNode>>(names.Distinct()
            .Select(n => (Name: n, Releases: Linked(EntityRef.Genre(n), null)))
            .Where(g => g.Releases.Count > 0)
            .ToDictionary(g => g.Name, g => new GenreNode
            {
                Name = g.Name,
                ReleaseCount = g.Releases.Count,
                ArtistCount = g.Releases.SelectMany(r => r.Artists).Select(a => a.Id).Distinct().Count(),
                LabelCount = g.Releases.SelectMany(r => r.Labels).Select(l => l.Id).Distinct().Count(),
                StyleCount = g.Releases.SelectMany(r => r.Styles).Distinct().Count(),
                FirstYear = g.Releases.Min(r => r.Year),
            }, StringComparer.Ordinal));
    }

    public Task<IReadOnlyDictionary<string, StyleNode>> GetStylesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        Count(nameof(GetStylesAsync), names.Count);
        return Task.FromResult<IReadOnlyDictionary<string, StyleNode>>(names.Distinct()
            .Select(n => (Name: n, Releases: Linked(EntityRef.Style(n), null)))
            .Where(g => g.Releases.Count > 0)
            .ToDictionary(g => g.Name, g => new StyleNode
            {
                Name = g.Name,
                ReleaseCount = g.Releases.Count,
                ArtistCount = g.Releases.SelectMany(r => r.Artists).Select(a => a.Id).Distinct().Count(),
                LabelCount = g.Releases.SelectMany(r => r.Labels).Select(l => l.Id).Distinct().Count(),
                GenreCount = g.Releases.SelectMany(r => r.Genres).Distinct().Count(),
                FirstYear = g.Releases.Min(r => r.Year),
            }, StringComparer.Ordinal));
    }

    public Task<IReadOnlyDictionary<EntityRef, EntitySummary>> GetSummariesAsync(IReadOnlyCollection<EntityRef> refs, CancellationToken cancellationToken)
    {
        Count(nameof(GetSummariesAsync), refs.Count);
        var found = new Dictionary<EntityRef, EntitySummary>();
        foreach (EntityRef entity in refs.Distinct())
        {
            if (Summary(entity) is { } summary)
            {
                found[entity] = summary;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<EntityRef, EntitySummary>>(found);
    }

    public Task<ExploreResult?> ExploreAsync(EntityRef entity, CancellationToken cancellationToken)
    {
        Count(nameof(ExploreAsync), 1);
        if (Summary(entity) is not { } center)
        {
            return Task.FromResult<ExploreResult?>(null);
        }

        return Task.FromResult<ExploreResult?>(new ExploreResult(
            center, [.. ExploreCategories.For(entity.Kind).Select(c => new CategoryCount(c, Neighbours(entity, c, null).Count))]));
    }

    public Task<Page<ExpandItem>> ExpandAsync(EntityRef entity, ExpandRequest request, CancellationToken cancellationToken)
    {
        Count(nameof(ExpandAsync), 1);
        PageCursor? after = ExploreArguments.Expand(entity.Kind, request);
        return Task.FromResult(PageOf(Neighbours(entity, request.Category, request.BeforeYear), request.First, after));
    }

    public Task<IReadOnlyDictionary<EntityRef, Page<ExpandItem>>> ExpandManyAsync(
        IReadOnlyCollection<EntityRef> parents, ExpandRequest request, CancellationToken cancellationToken)
    {
        Count(nameof(ExpandManyAsync), parents.Count);
        ExploreArguments.Batch(parents);
        if (parents.Select(p => p.Kind).Distinct().Count() > 1)
        {
            throw new ExploreArgumentException(ExploreErrorCodes.ArgumentOutOfRange, "Parents of one kind only.");
        }

        var pages = new Dictionary<EntityRef, Page<ExpandItem>>();
        foreach (EntityRef parent in parents.Distinct())
        {
            PageCursor? after = ExploreArguments.Expand(parent.Kind, request);
            pages[parent] = PageOf(Neighbours(parent, request.Category, request.BeforeYear), request.First, after);
        }

        return Task.FromResult<IReadOnlyDictionary<EntityRef, Page<ExpandItem>>>(pages);
    }

    public Task<IReadOnlyList<YearCount>> GetTrendsAsync(EntityRef entity, CancellationToken cancellationToken)
    {
        Count(nameof(GetTrendsAsync), 1);
        return Task.FromResult<IReadOnlyList<YearCount>>([.. Linked(entity, null).Where(r => r.Year is not null)
            .GroupBy(r => r.Year!.Value).OrderBy(g => g.Key).Select(g => new YearCount(g.Key, g.Count()))]);
    }

    public Task<IReadOnlyList<AutocompleteHit>> AutocompleteAsync(AutocompleteRequest request, CancellationToken cancellationToken)
    {
        Count(nameof(AutocompleteAsync), 1);
        string query = ExploreArguments.Query(request.Query);
        ExploreArguments.First(request.First, ExploreLimits.MaxAutocompleteFirst);
        IEnumerable<AutocompleteHit> hits = request.EffectiveKinds.Contains(EntityKind.Artist)
            ? Artists.Values.Where(a => a.Name?.StartsWith(query, StringComparison.OrdinalIgnoreCase) == true)
                .Select(a => new AutocompleteHit(EntityRef.Artist(a.Id), a.Name!, string.Equals(a.Name, query, StringComparison.OrdinalIgnoreCase) ? 1 : 0.5))
            : [];
        return Task.FromResult<IReadOnlyList<AutocompleteHit>>([.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Ref.Id).Take(request.First)]);
    }

    public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        Count(nameof(SearchAsync), 1);
        string query = ExploreArguments.Query(request.Query);
        ExploreArguments.First(request.First, ExploreLimits.MaxSearchFirst);
        ExploreArguments.YearBounds(request.YearFrom, request.YearTo);
        List<SearchHit> hits = [.. Releases.Values.Where(r => r.Title?.Contains(query, StringComparison.OrdinalIgnoreCase) == true).OrderBy(r => r.Id)
            .Select(r => new SearchHit(new EntitySummary(EntityRef.Release(r.Id), r.Title, r.Year), 1, SearchHighlighter.Highlight(r.Title!, query), r.Genres))];
        Page<SearchHit> page = PageOf(hits, h => h.Node.Ref.Id, request.First, request.After is null ? null : PageCursor.Decode(request.After));
        var facets = new SearchFacets(
            hits.Count == 0 ? [] : [new KindCount(EntityKind.Release, hits.Count)],
            [.. hits.SelectMany(h => h.Genres).GroupBy(g => g).Select(g => new NameCount(g.Key, g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.Ordinal)],
            [.. hits.Where(h => h.Node.Year is not null).GroupBy(h => h.Node.Year!.Value / 10 * 10).OrderBy(g => g.Key).Select(g => new DecadeCount(g.Key, g.Count()))]);
        return Task.FromResult(new SearchResult(page, facets));
    }

    public Task<PathResult?> FindPathAsync(EntityRef from, EntityRef to, int maxDepth, CancellationToken cancellationToken)
    {
        Count(nameof(FindPathAsync), 1);
        ExploreArguments.MaxDepth(maxDepth);
        if (Summary(from) is not { } start || Summary(to) is not { } end)
        {
            return Task.FromResult<PathResult?>(null);
        }

        if (from == to)
        {
            return Task.FromResult<PathResult?>(new PathResult(true, 0, [new PathStep(start, null, null)]));
        }

        // One hop only: a release and one of its artists.
        bool byArtist = from.Kind == EntityKind.Release && to.Kind == EntityKind.Artist
            && Releases[from.Id].Artists.Any(a => a.Id == to.Id);
        return Task.FromResult<PathResult?>(byArtist
            ? new PathResult(true, 1, [new PathStep(start, null, null), new PathStep(end, PathRelationship.By, true)])
            : PathResult.NotFound);
    }

    public Task<YearRange> GetYearRangeAsync(CancellationToken cancellationToken)
    {
        Count(nameof(GetYearRangeAsync), 1);
        int[] years = [.. Releases.Values.Where(r => r.Year is not null).Select(r => r.Year!.Value)];
        return Task.FromResult(years.Length == 0 ? new YearRange(null, null) : new YearRange(years.Min(), years.Max()));
    }

    public Task<GenreEmergence> GetGenreEmergenceAsync(int beforeYear, CancellationToken cancellationToken)
    {
        Count(nameof(GetGenreEmergenceAsync), 1);
        ExploreArguments.BeforeYear(beforeYear);
        IReadOnlyList<FirstAppearance> First(Func<ReleaseRecord, IReadOnlyList<string>> tags) =>
            [.. Releases.Values.Where(r => r.Year is not null).SelectMany(r => tags(r).Select(t => (Tag: t, Year: r.Year!.Value)))
                .GroupBy(t => t.Tag).Select(g => new FirstAppearance(g.Key, g.Min(t => t.Year)))
                .Where(f => f.FirstYear <= beforeYear).OrderBy(f => f.FirstYear).ThenBy(f => f.Name, StringComparer.Ordinal)];
        return Task.FromResult(new GenreEmergence(First(r => r.Genres), First(r => r.Styles)));
    }

    public Task<IReadOnlyList<GenreTreeEntry>> GetGenreTreeAsync(int maxStylesPerGenre, CancellationToken cancellationToken)
    {
        Count(nameof(GetGenreTreeAsync), 1);
        ExploreArguments.Range("stylesPerGenre", maxStylesPerGenre, 1, ExploreLimits.MaxGenreTreeStyles);
        return Task.FromResult<IReadOnlyList<GenreTreeEntry>>([.. Releases.Values.SelectMany(r => r.Genres).Distinct()
            .Select(g => (Genre: g, Releases: Linked(EntityRef.Genre(g), null)))
            .Select(g => new GenreTreeEntry(g.Genre, g.Releases.Count, [.. g.Releases.SelectMany(r => r.Styles).GroupBy(s => s)
                .Select(s => new NameCount(s.Key, s.Count())).OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).Take(maxStylesPerGenre)]))
            .OrderByDescending(g => g.ReleaseCount).ThenBy(g => g.Genre, StringComparer.Ordinal)]);
    }

    public Task<CollaboratorsResult?> GetCollaboratorsAsync(long artistId, int first, CancellationToken cancellationToken)
    {
        Count(nameof(GetCollaboratorsAsync), 1);
        ExploreArguments.First(first, ExploreLimits.MaxCollaboratorsFirst);
        if (!Artists.TryGetValue(artistId, out ArtistRecord? artist))
        {
            return Task.FromResult<CollaboratorsResult?>(null);
        }

        List<Collaborator> all = [.. Linked(EntityRef.Artist(artistId), null).Where(r => r.Year is not null)
            .SelectMany(r => r.Artists.Where(a => a.Id is long id && id != artistId).Select(a => (Id: a.Id!.Value, a.Name, Year: r.Year!.Value)))
            .GroupBy(c => c.Id)
            .Select(g => new Collaborator(
                new EntitySummary(EntityRef.Artist(g.Key), g.First().Name), g.Count(), g.Min(c => c.Year), g.Max(c => c.Year),
                [.. g.GroupBy(c => c.Year).OrderBy(y => y.Key).Select(y => new YearCount(y.Key, y.Count()))]))
            .OrderByDescending(c => c.ReleaseCount).ThenBy(c => c.Artist.Ref.Id)];
        return Task.FromResult<CollaboratorsResult?>(new CollaboratorsResult(
            new EntitySummary(EntityRef.Artist(artistId), artist.Name), [.. all.Take(first)], all.Count));
    }

    private void Count(string method, int keys)
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        CallLog.Enqueue((method, keys));
    }

    private EntitySummary? Summary(EntityRef entity) => entity.Kind switch
    {
        EntityKind.Artist => Artists.TryGetValue(entity.Id, out ArtistRecord? a) ? new EntitySummary(entity, a.Name) : null,
        EntityKind.Label => Labels.TryGetValue(entity.Id, out LabelRecord? l) ? new EntitySummary(entity, l.Name) : null,
        EntityKind.Master => Masters.TryGetValue(entity.Id, out MasterRecord? m) ? new EntitySummary(entity, m.Title, m.Year) : null,
        EntityKind.Release => Releases.TryGetValue(entity.Id, out ReleaseRecord? r) ? new EntitySummary(entity, r.Title, r.Year) : null,
        _ => Linked(entity, null).Count > 0 ? new EntitySummary(entity, entity.Name) : null,
    };

    private List<ReleaseRecord> Linked(EntityRef entity, int? beforeYear) =>
        [.. Releases.Values.Where(r => beforeYear is null || (r.Year is int year && year <= beforeYear)).Where(r => entity.Kind switch
        {
            EntityKind.Artist => r.Artists.Any(a => a.Id == entity.Id),
            EntityKind.Label => r.Labels.Any(l => l.Id == entity.Id),
            EntityKind.Master => r.MasterId == entity.Id,
            EntityKind.Release => r.Id == entity.Id,
            EntityKind.Genre => r.Genres.Contains(entity.Name!, StringComparer.Ordinal),
            EntityKind.Style => r.Styles.Contains(entity.Name!, StringComparer.Ordinal),
            _ => false,
        })];

    /// <summary>The neighbours of a category in its documented order, each with its sort value and tie-breaker.</summary>
    private List<(ExpandItem Item, long? Sort, string TieBreak)> Neighbours(EntityRef entity, ExploreCategory category, int? beforeYear)
    {
        if (category == ExploreCategory.Aliases)
        {
            ArtistRecord? artist = Artists.GetValueOrDefault(entity.Id);
            return [.. (artist is null ? [] : artist.Aliases.Concat(artist.Groups).Concat(artist.Members))
                .Where(r => r.Id is not null).DistinctBy(r => r.Id).OrderBy(r => r.Id)
                .Select(r => (new ExpandItem(new EntitySummary(EntityRef.Artist(r.Id!.Value), r.Name), null), (long?)null, r.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        }

        List<ReleaseRecord> releases = Linked(entity, beforeYear);
        if (category == ExploreCategory.Releases)
        {
            return [.. releases.OrderBy(r => r.Year is null).ThenByDescending(r => r.Year).ThenBy(r => r.Id)
                .Select(r => (new ExpandItem(new EntitySummary(EntityRef.Release(r.Id), r.Title, r.Year), null), (long?)r.Year, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        }

        IEnumerable<(EntityRef Ref, string? Name)> Tags(ReleaseRecord r) => category switch
        {
            ExploreCategory.Artists => r.Artists.Where(a => a.Id is not null).Select(a => (EntityRef.Artist(a.Id!.Value), a.Name)),
            ExploreCategory.Labels => r.Labels.Where(l => l.Id is not null).Select(l => (EntityRef.Label(l.Id!.Value), l.Name)),
            ExploreCategory.Genres => r.Genres.Select(g => (EntityRef.Genre(g), (string?)g)),
            _ => r.Styles.Select(s => (EntityRef.Style(s), (string?)s)),
        };
        return [.. releases.SelectMany(r => Tags(r).DistinctBy(t => t.Ref).Select(t => (t.Ref, t.Name, Release: r.Id)))
            .Where(t => t.Ref != entity)
            .GroupBy(t => t.Ref)
            .Select(g => (Item: new ExpandItem(new EntitySummary(g.Key, g.First().Name), g.Count()), Sort: (long?)g.Count(), TieBreak: g.Key.Key))
            .OrderByDescending(n => n.Sort).ThenBy(n => n.Item.Node.Ref.IsNamed ? 0 : n.Item.Node.Ref.Id).ThenBy(n => n.TieBreak, StringComparer.Ordinal)];
    }

    private static Page<ExpandItem> PageOf(List<(ExpandItem Item, long? Sort, string TieBreak)> all, int first, PageCursor? after)
    {
        int start = (int)Math.Min(after?.Offset ?? 0, all.Count);
        var edges = all.Skip(start).Take(first)
            .Select((n, i) => new PageEdge<ExpandItem>(n.Item, new PageCursor(start + i + 1, n.Sort, n.TieBreak).Encode())).ToList();
        return new Page<ExpandItem>(edges, all.Count, start + edges.Count < all.Count, start > 0);
    }

    private static Page<T> PageOf<T>(List<T> all, Func<T, long> id, int first, PageCursor? after)
    {
        int start = (int)Math.Min(after?.Offset ?? 0, all.Count);
        var edges = all.Skip(start).Take(first)
            .Select((n, i) => new PageEdge<T>(n, new PageCursor(start + i + 1, null, id(n).ToString(System.Globalization.CultureInfo.InvariantCulture)).Encode())).ToList();
        return new Page<T>(edges, all.Count, start + edges.Count < all.Count, start > 0);
    }
}
