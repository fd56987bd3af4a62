using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>The request's entity loaders, for resolvers that need several kinds at once (node lookups).</summary>
/// <remarks>Each is registered under its type's full name, as the binder registers a loader injected as a parameter, so both share one cache.</remarks>
internal sealed class EntityLoaders(IDataLoaderScope scope, IEntityReader reader)
{
    public ArtistNodeLoader Artists => Get(s => new ArtistNodeLoader(s, reader));

    public LabelNodeLoader Labels => Get(s => new LabelNodeLoader(s, reader));

    public MasterNodeLoader Masters => Get(s => new MasterNodeLoader(s, reader));

    public ReleaseNodeLoader Releases => Get(s => new ReleaseNodeLoader(s, reader));

    public GenreNodeLoader Genres => Get(s => new GenreNodeLoader(s, reader));

    public StyleNodeLoader Styles => Get(s => new StyleNodeLoader(s, reader));

    /// <summary>The entity value of <paramref name="entity"/>, or null when the catalog has no such node (placeholders exist).</summary>
    public async Task<object?> FindAsync(EntityRef entity) => entity.Kind switch
    {
        EntityKind.Artist => await Artists.LoadAsync(entity.Id).ConfigureAwait(false) is { } artist ? new ArtistEntity(artist.Id, artist.Name) : null,
        EntityKind.Label => await Labels.LoadAsync(entity.Id).ConfigureAwait(false) is { } label ? new LabelEntity(label.Id, label.Name) : null,
        EntityKind.Master => await Masters.LoadAsync(entity.Id).ConfigureAwait(false) is { } master ? new MasterEntity(master.Id, master.Title) : null,
        EntityKind.Release => await Releases.LoadAsync(entity.Id).ConfigureAwait(false) is { } release ? new ReleaseEntity(release.Id, release.Title) : null,
        EntityKind.Genre => await Genres.LoadAsync(entity.Name!).ConfigureAwait(false) is { } genre ? new GenreEntity(genre.Name) : null,
        EntityKind.Style => await Styles.LoadAsync(entity.Name!).ConfigureAwait(false) is { } style ? new StyleEntity(style.Name) : null,
        _ => null,
    };

    private T Get<T>(Func<IBatchScheduler, T> create)
        where T : class, IDataLoader => scope.GetOrAdd(typeof(T).FullName!, create);
}
