using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.Binding;
using Discogsography.Server.Explore.Loaders;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Style</c>: counts through the style loader, the neighbourhood through the page loader.</summary>
internal sealed class StyleFields
{
    public string Id([Parent] StyleEntity style) => NodeIds.Style(style.Name);

    public string Name([Parent] StyleEntity style) => style.Name;

    public async Task<int> ReleaseCount([Parent] StyleEntity style, StyleNodeLoader styles) =>
        Counts.ToInt((await styles.LoadAsync(style.Name).ConfigureAwait(false))?.ReleaseCount ?? 0);

    public async Task<int> ArtistCount([Parent] StyleEntity style, StyleNodeLoader styles) =>
        Counts.ToInt((await styles.LoadAsync(style.Name).ConfigureAwait(false))?.ArtistCount ?? 0);

    public async Task<int> LabelCount([Parent] StyleEntity style, StyleNodeLoader styles) =>
        Counts.ToInt((await styles.LoadAsync(style.Name).ConfigureAwait(false))?.LabelCount ?? 0);

    public async Task<int> GenreCount([Parent] StyleEntity style, StyleNodeLoader styles) =>
        Counts.ToInt((await styles.LoadAsync(style.Name).ConfigureAwait(false))?.GenreCount ?? 0);

    public async Task<int?> FirstYear([Parent] StyleEntity style, StyleNodeLoader styles) =>
        (await styles.LoadAsync(style.Name).ConfigureAwait(false))?.FirstYear;

    public Task<Connection<ReleaseEntity>> Releases([Parent] StyleEntity style, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Style(style.Name), ExploreCategory.Releases, first, after, beforeYear, Neighbours.Release);

    public Task<Connection<ArtistEntity>> Artists([Parent] StyleEntity style, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Style(style.Name), ExploreCategory.Artists, first, after, beforeYear, Neighbours.Artist);

    public Task<Connection<LabelEntity>> Labels([Parent] StyleEntity style, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Style(style.Name), ExploreCategory.Labels, first, after, beforeYear, Neighbours.Label);

    public Task<Connection<GenreEntity>> Genres([Parent] StyleEntity style, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Style(style.Name), ExploreCategory.Genres, first, after, beforeYear, Neighbours.Genre);
}
