using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;
using Discogsography.GraphQL.Binding;
using Discogsography.Server.Explore.Loaders;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Release</c>, from its record through the release loader (one load per release per request).</summary>
internal sealed class ReleaseFields
{
    /// <summary>The page size of <c>release.credits</c> when <c>first</c> is not given.</summary>
    public const int DefaultCreditsFirst = 50;

    public string Id([Parent] ReleaseEntity release) => NodeIds.Release(release.Id);

    public long DiscogsId([Parent] ReleaseEntity release) => release.Id;

    public async Task<string?> Title([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        release.KnownTitle ?? (await releases.LoadAsync(release.Id).ConfigureAwait(false))?.Title;

    public async Task<string?> Status([Parent] ReleaseEntity release, ReleaseNodeLoader releases) => (await RecordAsync(release, releases))?.Status;

    public async Task<string?> Country([Parent] ReleaseEntity release, ReleaseNodeLoader releases) => (await RecordAsync(release, releases))?.Country;

    public async Task<string?> Released([Parent] ReleaseEntity release, ReleaseNodeLoader releases) => (await RecordAsync(release, releases))?.Released;

    public async Task<int?> Year([Parent] ReleaseEntity release, ReleaseNodeLoader releases) => (await RecordAsync(release, releases))?.Year;

    public async Task<string?> Notes([Parent] ReleaseEntity release, ReleaseNodeLoader releases) => (await RecordAsync(release, releases))?.Notes;

    public async Task<string?> DataQuality([Parent] ReleaseEntity release, ReleaseNodeLoader releases) => (await RecordAsync(release, releases))?.DataQuality;

    public async Task<bool?> IsMainRelease([Parent] ReleaseEntity release, ReleaseNodeLoader releases) => (await RecordAsync(release, releases))?.IsMainRelease;

    public async Task<MasterEntity?> Master([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        (await RecordAsync(release, releases))?.MasterId is > 0 and long id ? new MasterEntity(id, null) : null;

    public async Task<IReadOnlyList<ArtistCredit>> Artists([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        (await RecordAsync(release, releases))?.Artists ?? [];

    public async Task<Connection<Credit>> Credits([Parent] ReleaseEntity release, int? first, string? after, ReleaseNodeLoader releases)
    {
        int size = first ?? DefaultCreditsFirst;
        ExploreErrors.CheckFirst(size, ExploreLimits.MaxExpandFirst);
        long offset = 0;
        if (after is not null)
        {
            try
            {
                offset = PageCursor.Decode(after).Offset;
            }
            catch (ExploreArgumentException exception)
            {
                throw ExploreErrors.ToGraphQL(exception);
            }
        }

        IReadOnlyList<ArtistCredit> credits = (await RecordAsync(release, releases))?.ExtraArtists ?? [];
        int start = (int)Math.Min(offset, credits.Count);
        int end = Math.Min(start + size, credits.Count);
        Edge<Credit>[] edges = new Edge<Credit>[end - start];
        for (int i = start; i < end; i++)
        {
            edges[i - start] = new Edge<Credit>(new PageCursor(i + 1, null, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Encode(), new Credit(credits[i]), null);
        }

        return new Connection<Credit>(edges, new PageInfo(end < credits.Count, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), credits.Count);
    }

    public async Task<IReadOnlyList<CatalogEntry>> Labels([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        (await RecordAsync(release, releases))?.Labels ?? [];

    public async Task<IReadOnlyList<CatalogEntry>> Series([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        (await RecordAsync(release, releases))?.Series ?? [];

    public async Task<IReadOnlyList<ReleaseFormat>> Formats([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        (await RecordAsync(release, releases))?.Formats ?? [];

    public async Task<IReadOnlyList<GenreEntity>> Genres([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        [.. ((await RecordAsync(release, releases))?.Genres ?? []).Select(g => new GenreEntity(g))];

    public async Task<IReadOnlyList<StyleEntity>> Styles([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        [.. ((await RecordAsync(release, releases))?.Styles ?? []).Select(s => new StyleEntity(s))];

    public async Task<IReadOnlyList<Track>> Tracklist([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        (await RecordAsync(release, releases))?.Tracklist ?? [];

    public async Task<IReadOnlyList<Identifier>> Identifiers([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        (await RecordAsync(release, releases))?.Identifiers ?? [];

    public async Task<IReadOnlyList<Video>> Videos([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        (await RecordAsync(release, releases))?.Videos ?? [];

    public async Task<IReadOnlyList<Company>> Companies([Parent] ReleaseEntity release, ReleaseNodeLoader releases) =>
        (await RecordAsync(release, releases))?.Companies ?? [];

    private static async Task<ReleaseRecord?> RecordAsync(ReleaseEntity release, ReleaseNodeLoader releases) =>
        (await releases.LoadAsync(release.Id).ConfigureAwait(false))?.Record;
}
