using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;
using Discogsography.GraphQL.Binding;
using Discogsography.Server.Explore.Loaders;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Artist</c>: the record's through the artist loader, the neighbourhood through the page loader.</summary>
internal sealed class ArtistFields
{
    public string Id([Parent] ArtistEntity artist) => NodeIds.Artist(artist.Id);

    public long DiscogsId([Parent] ArtistEntity artist) => artist.Id;

    public async Task<string?> Name([Parent] ArtistEntity artist, ArtistNodeLoader artists) =>
        artist.KnownName ?? (await artists.LoadAsync(artist.Id).ConfigureAwait(false))?.Name;

    public async Task<string?> RealName([Parent] ArtistEntity artist, ArtistNodeLoader artists) => (await RecordAsync(artist, artists))?.RealName;

    public async Task<string?> Profile([Parent] ArtistEntity artist, ArtistNodeLoader artists) => (await RecordAsync(artist, artists))?.Profile;

    public async Task<string?> DataQuality([Parent] ArtistEntity artist, ArtistNodeLoader artists) => (await RecordAsync(artist, artists))?.DataQuality;

    public async Task<IReadOnlyList<string>> NameVariations([Parent] ArtistEntity artist, ArtistNodeLoader artists) =>
        (await RecordAsync(artist, artists))?.NameVariations ?? [];

    public async Task<IReadOnlyList<ArtistEntity>> Aliases([Parent] ArtistEntity artist, ArtistNodeLoader artists) =>
        Entities((await RecordAsync(artist, artists))?.Aliases);

    public async Task<IReadOnlyList<ArtistEntity>> Members([Parent] ArtistEntity artist, ArtistNodeLoader artists) =>
        Entities((await RecordAsync(artist, artists))?.Members);

    public async Task<IReadOnlyList<ArtistEntity>> Groups([Parent] ArtistEntity artist, ArtistNodeLoader artists) =>
        Entities((await RecordAsync(artist, artists))?.Groups);

    public async Task<IReadOnlyList<string>> Urls([Parent] ArtistEntity artist, ArtistNodeLoader artists) => (await RecordAsync(artist, artists))?.Urls ?? [];

    public Task<Connection<ReleaseEntity>> Releases(
        [Parent] ArtistEntity artist, int? first, string? after, int? beforeYear, ReleaseOrder? orderBy, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Artist(artist.Id), ExploreCategory.Releases, first, after, beforeYear, Neighbours.Release);

    public Task<Connection<LabelEntity>> Labels([Parent] ArtistEntity artist, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Artist(artist.Id), ExploreCategory.Labels, first, after, beforeYear, Neighbours.Label);

    private static async Task<ArtistRecord?> RecordAsync(ArtistEntity artist, ArtistNodeLoader artists) =>
        (await artists.LoadAsync(artist.Id).ConfigureAwait(false))?.Record;

    private static IReadOnlyList<ArtistEntity> Entities(IReadOnlyList<EntityReference>? references) =>
        references is null ? [] : [.. references.Where(r => r.Id is > 0).Select(r => new ArtistEntity(r.Id!.Value, r.Name))];
}
