using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;
using Discogsography.GraphQL.Binding;
using Discogsography.Server.Explore.Loaders;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Master</c>: the record's through the master loader, its versions through the page loader.</summary>
internal sealed class MasterFields
{
    public string Id([Parent] MasterEntity master) => NodeIds.Master(master.Id);

    public long DiscogsId([Parent] MasterEntity master) => master.Id;

    public async Task<string?> Title([Parent] MasterEntity master, MasterNodeLoader masters) =>
        master.KnownTitle ?? (await masters.LoadAsync(master.Id).ConfigureAwait(false))?.Title;

    public async Task<int?> Year([Parent] MasterEntity master, MasterNodeLoader masters) => (await RecordAsync(master, masters))?.Year;

    public async Task<string?> Notes([Parent] MasterEntity master, MasterNodeLoader masters) => (await RecordAsync(master, masters))?.Notes;

    public async Task<string?> DataQuality([Parent] MasterEntity master, MasterNodeLoader masters) => (await RecordAsync(master, masters))?.DataQuality;

    public async Task<ReleaseEntity?> MainRelease([Parent] MasterEntity master, MasterNodeLoader masters) =>
        (await RecordAsync(master, masters))?.MainRelease is > 0 and long id ? new ReleaseEntity(id, null) : null;

    public async Task<IReadOnlyList<ArtistCredit>> Artists([Parent] MasterEntity master, MasterNodeLoader masters) =>
        (await RecordAsync(master, masters))?.Artists ?? [];

    public async Task<IReadOnlyList<GenreEntity>> Genres([Parent] MasterEntity master, MasterNodeLoader masters) =>
        [.. ((await RecordAsync(master, masters))?.Genres ?? []).Select(g => new GenreEntity(g))];

    public async Task<IReadOnlyList<StyleEntity>> Styles([Parent] MasterEntity master, MasterNodeLoader masters) =>
        [.. ((await RecordAsync(master, masters))?.Styles ?? []).Select(s => new StyleEntity(s))];

    public async Task<IReadOnlyList<Video>> Videos([Parent] MasterEntity master, MasterNodeLoader masters) => (await RecordAsync(master, masters))?.Videos ?? [];

    public Task<Connection<ReleaseEntity>> Releases([Parent] MasterEntity master, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Master(master.Id), ExploreCategory.Releases, first, after, beforeYear, Neighbours.Release);

    private static async Task<MasterRecord?> RecordAsync(MasterEntity master, MasterNodeLoader masters) =>
        (await masters.LoadAsync(master.Id).ConfigureAwait(false))?.Record;
}
