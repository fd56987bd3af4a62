using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.DataLoader;
using Discogsography.GraphQL.Resolvers;
using Discogsography.Server.Explore.Loaders;

namespace Discogsography.Server.Explore;

/// <summary>The explore API's root fields: nodes by global id or Discogs id, explore and expand, trends, and the whole-graph views.</summary>
internal sealed class ExploreQueries
{
    /// <summary>The most ids <c>nodes(ids:)</c> takes.</summary>
    public const int MaxNodeIds = 100;

    public Task<object?> Node(string id, IDataLoaderScope loaders, IEntityReader reader) => NodeIds.ResolveAsync(id, new EntityLoaders(loaders, reader));

    public async Task<IReadOnlyList<object?>> Nodes(IReadOnlyList<string> ids, IDataLoaderScope loaders, IEntityReader reader)
    {
        if (ids.Count > MaxNodeIds)
        {
            throw new GraphQLException($"At most {MaxNodeIds} ids per call; got {ids.Count}.", ExploreErrorCodes.TooManyIds);
        }

        var entities = new EntityLoaders(loaders, reader);
        return await Task.WhenAll(ids.Select(id => NodeIds.ResolveAsync(id, entities))).ConfigureAwait(false);
    }

    public async Task<ArtistEntity?> Artist(long id, ArtistNodeLoader artists) =>
        await artists.LoadAsync(id).ConfigureAwait(false) is { } node ? new ArtistEntity(node.Id, node.Name) : null;

    public async Task<LabelEntity?> Label(long id, LabelNodeLoader labels) =>
        await labels.LoadAsync(id).ConfigureAwait(false) is { } node ? new LabelEntity(node.Id, node.Name) : null;

    public async Task<MasterEntity?> Master(long id, MasterNodeLoader masters) =>
        await masters.LoadAsync(id).ConfigureAwait(false) is { } node ? new MasterEntity(node.Id, node.Title) : null;

    public async Task<ReleaseEntity?> Release(long id, ReleaseNodeLoader releases) =>
        await releases.LoadAsync(id).ConfigureAwait(false) is { } node ? new ReleaseEntity(node.Id, node.Title) : null;

    public async Task<GenreEntity?> Genre(string name, GenreNodeLoader genres) =>
        await genres.LoadAsync(name).ConfigureAwait(false) is { } node ? new GenreEntity(node.Name) : null;

    public async Task<StyleEntity?> Style(string name, StyleNodeLoader styles) =>
        await styles.LoadAsync(name).ConfigureAwait(false) is { } node ? new StyleEntity(node.Name) : null;

    public async Task<Exploration?> Explore(EntityRefInput entity, IExploreReader reader, CancellationToken cancellationToken)
    {
        EntityRef key = entity.ToRef();
        ExploreResult? result = await ExploreErrors.Run(() => reader.ExploreAsync(key, cancellationToken)).ConfigureAwait(false);
        return result is null
            ? null
            : new Exploration(ExploreEntities.From(result.Center), [.. result.Categories.Select(c => new CategoryCountValue(c.Category, c.Label, Counts.ToInt(c.Count)))]);
    }

    public async Task<Connection<object>> Expand(
        EntityRefInput entity, ExploreCategory category, int? first, string? after, int? beforeYear, IExploreReader reader, CancellationToken cancellationToken)
    {
        EntityRef key = entity.ToRef();
        var request = new ExpandRequest(category, first ?? ExploreLimits.DefaultExpandFirst, after, beforeYear);
        Neighbours.Check(key.Kind, request);
        Page<ExpandItem> page = await ExploreErrors.Run(() => reader.ExpandAsync(key, request, cancellationToken)).ConfigureAwait(false);
        return Connection<object>.From(page, item => ExploreEntities.From(item.Node), item => item.ReleaseCount);
    }

    public async Task<IReadOnlyList<YearCountValue>?> Trends(EntityRefInput entity, SummaryLoader summaries, IExploreReader reader, CancellationToken cancellationToken)
    {
        EntityRef key = entity.ToRef();
        if (await summaries.LoadAsync(key).ConfigureAwait(false) is null)
        {
            return null;
        }

        IReadOnlyList<YearCount> years = await ExploreErrors.Run(() => reader.GetTrendsAsync(key, cancellationToken)).ConfigureAwait(false);
        return [.. years.Select(YearCountValue.From)];
    }

    public async Task<YearRangeValue> YearRange(IGraphOverviewReader reader, CancellationToken cancellationToken)
    {
        YearRange range = await reader.GetYearRangeAsync(cancellationToken).ConfigureAwait(false);
        return new YearRangeValue(range.Min, range.Max);
    }

    public async Task<GenreEmergenceValue> GenreEmergence(int beforeYear, IGraphOverviewReader reader, CancellationToken cancellationToken)
    {
        GenreEmergence emergence = await ExploreErrors.Run(() => reader.GetGenreEmergenceAsync(beforeYear, cancellationToken)).ConfigureAwait(false);
        return new GenreEmergenceValue(
            [.. emergence.Genres.Select(g => new GenreFirstYear(new GenreEntity(g.Name), g.FirstYear))],
            [.. emergence.Styles.Select(s => new StyleFirstYear(new StyleEntity(s.Name), s.FirstYear))]);
    }

    public async Task<CollaboratorsValue?> Collaborators(long artistId, int? first, IGraphOverviewReader reader, CancellationToken cancellationToken)
    {
        int size = first ?? ExploreLimits.DefaultCollaboratorsFirst;
        ExploreErrors.CheckFirst(size, ExploreLimits.MaxCollaboratorsFirst);
        CollaboratorsResult? result = await ExploreErrors.Run(() => reader.GetCollaboratorsAsync(artistId, size, cancellationToken)).ConfigureAwait(false);
        return result is null
            ? null
            : new CollaboratorsValue(
                Neighbours.Artist(result.Artist),
                Counts.ToInt(result.TotalCount),
                [.. result.Collaborators.Select(c => new CollaboratorValue(
                    Neighbours.Artist(c.Artist), Counts.ToInt(c.ReleaseCount), c.FirstYear, c.LastYear, [.. c.YearlyCounts.Select(YearCountValue.From)]))]);
    }

    public async Task<IReadOnlyList<GenreBranch>> GenreTree(int? stylesPerGenre, IGraphOverviewReader reader, CancellationToken cancellationToken)
    {
        IReadOnlyList<GenreTreeEntry> tree = await ExploreErrors.Run(() => reader.GetGenreTreeAsync(stylesPerGenre ?? ExploreLimits.MaxGenreTreeStyles, cancellationToken)).ConfigureAwait(false);
        return [.. tree.Select(g => new GenreBranch(
            new GenreEntity(g.Genre), Counts.ToInt(g.ReleaseCount), [.. g.Styles.Select(s => new StyleCount(new StyleEntity(s.Name), Counts.ToInt(s.Count)))]))];
    }
}
