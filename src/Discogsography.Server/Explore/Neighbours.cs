using Discogsography.Catalog.Explore;
using Discogsography.Server.Explore.Loaders;

namespace Discogsography.Server.Explore;

/// <summary>An entity's neighbourhood connections (<c>artist.releases</c>, <c>genre.artists</c>, ...) through the batched page loader.</summary>
internal static class Neighbours
{
    /// <summary>The page size of an entity's connection when <c>first</c> is not given.</summary>
    public const int DefaultFirst = 10;

    /// <summary>One page of <paramref name="parent"/>'s neighbours in <paramref name="category"/>, as a connection of <typeparamref name="T"/>.</summary>
    public static async Task<Connection<T>> LoadAsync<T>(
        NeighbourPageLoader loader, EntityRef parent, ExploreCategory category, int? first, string? after, int? beforeYear, Func<EntitySummary, T> node)
    {
        var request = new ExpandRequest(category, first ?? DefaultFirst, after, beforeYear);
        Check(parent.Kind, request);
        Page<ExpandItem> page = await loader.LoadAsync(new NeighbourPageKey(parent, request)).ConfigureAwait(false) ?? Page<ExpandItem>.Empty;
        return Connection<T>.From(page, item => node(item.Node), item => item.ReleaseCount);
    }

    /// <summary>Checks a request before it joins a batch, so one bad argument fails its own field only.</summary>
    public static void Check(EntityKind kind, ExpandRequest request)
    {
        try
        {
            ExploreArguments.Expand(kind, request);
        }
        catch (ExploreArgumentException exception)
        {
            throw ExploreErrors.ToGraphQL(exception);
        }
    }

    public static ReleaseEntity Release(EntitySummary summary) => new(summary.Ref.Id, summary.Name);

    public static ArtistEntity Artist(EntitySummary summary) => new(summary.Ref.Id, summary.Name);

    public static LabelEntity Label(EntitySummary summary) => new(summary.Ref.Id, summary.Name);

    public static GenreEntity Genre(EntitySummary summary) => new(summary.Ref.Name!);

    public static StyleEntity Style(EntitySummary summary) => new(summary.Ref.Name!);
}
