using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.Binding;
using Discogsography.Server.Explore.Loaders;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Genre</c>: counts through the genre loader, the neighbourhood through the page loader.</summary>
internal sealed class GenreFields
{
    public string Id([Parent] GenreEntity genre) => NodeIds.Genre(genre.Name);

    public string Name([Parent] GenreEntity genre) => genre.Name;

    public async Task<int> ReleaseCount([Parent] GenreEntity genre, GenreNodeLoader genres) =>
        Counts.ToInt((await genres.LoadAsync(genre.Name).ConfigureAwait(false))?.ReleaseCount ?? 0);

    public async Task<int> ArtistCount([Parent] GenreEntity genre, GenreNodeLoader genres) =>
        Counts.ToInt((await genres.LoadAsync(genre.Name).ConfigureAwait(false))?.ArtistCount ?? 0);

    public async Task<int> LabelCount([Parent] GenreEntity genre, GenreNodeLoader genres) =>
        Counts.ToInt((await genres.LoadAsync(genre.Name).ConfigureAwait(false))?.LabelCount ?? 0);

    public async Task<int> StyleCount([Parent] GenreEntity genre, GenreNodeLoader genres) =>
        Counts.ToInt((await genres.LoadAsync(genre.Name).ConfigureAwait(false))?.StyleCount ?? 0);

    public async Task<int?> FirstYear([Parent] GenreEntity genre, GenreNodeLoader genres) =>
        (await genres.LoadAsync(genre.Name).ConfigureAwait(false))?.FirstYear;

    public Task<Connection<ReleaseEntity>> Releases([Parent] GenreEntity genre, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Genre(genre.Name), ExploreCategory.Releases, first, after, beforeYear, Neighbours.Release);

    public Task<Connection<ArtistEntity>> Artists([Parent] GenreEntity genre, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Genre(genre.Name), ExploreCategory.Artists, first, after, beforeYear, Neighbours.Artist);

    public Task<Connection<LabelEntity>> Labels([Parent] GenreEntity genre, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Genre(genre.Name), ExploreCategory.Labels, first, after, beforeYear, Neighbours.Label);

    public Task<Connection<StyleEntity>> Styles([Parent] GenreEntity genre, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Genre(genre.Name), ExploreCategory.Styles, first, after, beforeYear, Neighbours.Style);
}
