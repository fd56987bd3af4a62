using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;
using Discogsography.GraphQL.Binding;
using Discogsography.Server.Explore.Loaders;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Label</c>: the record's through the label loader, the neighbourhood through the page loader.</summary>
internal sealed class LabelFields
{
    public string Id([Parent] LabelEntity label) => NodeIds.Label(label.Id);

    public long DiscogsId([Parent] LabelEntity label) => label.Id;

    public async Task<string?> Name([Parent] LabelEntity label, LabelNodeLoader labels) =>
        label.KnownName ?? (await labels.LoadAsync(label.Id).ConfigureAwait(false))?.Name;

    public async Task<string?> ContactInfo([Parent] LabelEntity label, LabelNodeLoader labels) => (await RecordAsync(label, labels))?.ContactInfo;

    public async Task<string?> Profile([Parent] LabelEntity label, LabelNodeLoader labels) => (await RecordAsync(label, labels))?.Profile;

    public async Task<string?> DataQuality([Parent] LabelEntity label, LabelNodeLoader labels) => (await RecordAsync(label, labels))?.DataQuality;

    public async Task<IReadOnlyList<string>> Urls([Parent] LabelEntity label, LabelNodeLoader labels) => (await RecordAsync(label, labels))?.Urls ?? [];

    public async Task<LabelEntity?> ParentLabel([Parent] LabelEntity label, LabelNodeLoader labels) =>
        (await RecordAsync(label, labels))?.ParentLabel is { Id: > 0 } parent ? new LabelEntity(parent.Id.Value, parent.Name) : null;

    public async Task<IReadOnlyList<LabelEntity>> Sublabels([Parent] LabelEntity label, LabelNodeLoader labels) =>
        (await RecordAsync(label, labels))?.Sublabels.Where(s => s.Id is > 0).Select(s => new LabelEntity(s.Id!.Value, s.Name)).ToList() ?? [];

    public Task<Connection<ReleaseEntity>> Releases([Parent] LabelEntity label, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Label(label.Id), ExploreCategory.Releases, first, after, beforeYear, Neighbours.Release);

    public Task<Connection<ArtistEntity>> Artists([Parent] LabelEntity label, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Label(label.Id), ExploreCategory.Artists, first, after, beforeYear, Neighbours.Artist);

    public Task<Connection<GenreEntity>> Genres([Parent] LabelEntity label, int? first, string? after, int? beforeYear, NeighbourPageLoader pages) =>
        Neighbours.LoadAsync(pages, EntityRef.Label(label.Id), ExploreCategory.Genres, first, after, beforeYear, Neighbours.Genre);

    private static async Task<LabelRecord?> RecordAsync(LabelEntity label, LabelNodeLoader labels) =>
        (await labels.LoadAsync(label.Id).ConfigureAwait(false))?.Record;
}
