using System.Text;
using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Explore;

/// <summary>
/// <see cref="IEntityReader"/> over the graph: one statement per call. Records are read from the canonical JSON the
/// writer keeps in each node's <c>document</c> property (absent on placeholders); genre and style counts from the
/// post-import properties, live when the precomputation has not run.
/// </summary>
internal sealed class Neo4jEntityReader(Neo4jQueryClient client) : IEntityReader
{
    public Task<IReadOnlyDictionary<long, ArtistNode>> GetArtistsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ReadAsync(ids, "Artists", row => new ArtistNode
        {
            Id = row.Long("id"),
            Name = row.String("name"),
            Record = Document(row) is { } json ? CanonicalRecordReader.ReadArtist(json) : null,
        }, node => node.Id, cancellationToken);

    public Task<IReadOnlyDictionary<long, LabelNode>> GetLabelsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ReadAsync(ids, "Labels", row => new LabelNode
        {
            Id = row.Long("id"),
            Name = row.String("name"),
            Record = Document(row) is { } json ? CanonicalRecordReader.ReadLabel(json) : null,
        }, node => node.Id, cancellationToken);

    public Task<IReadOnlyDictionary<long, MasterNode>> GetMastersAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ReadAsync(ids, "Masters", row => new MasterNode
        {
            Id = row.Long("id"),
            Title = row.String("name"),
            Record = Document(row) is { } json ? CanonicalRecordReader.ReadMaster(json) : null,
        }, node => node.Id, cancellationToken);

    public Task<IReadOnlyDictionary<long, ReleaseNode>> GetReleasesAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ReadAsync(ids, "Releases", row => new ReleaseNode
        {
            Id = row.Long("id"),
            Title = row.String("name"),
            Record = Document(row) is { } json ? CanonicalRecordReader.ReadRelease(json) : null,
        }, node => node.Id, cancellationToken);

    public async Task<IReadOnlyDictionary<string, GenreNode>> GetGenresAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var rows = await ReadTagsAsync("Genres", names, cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => row.String("name")!, row => new GenreNode
        {
            Name = row.String("name")!,
            ReleaseCount = row.Long("release_count"),
            ArtistCount = row.Long("artist_count"),
            LabelCount = row.Long("label_count"),
            StyleCount = row.Long("other_count"),
            FirstYear = row.NullableInt("first_year"),
        }, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, StyleNode>> GetStylesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var rows = await ReadTagsAsync("Styles", names, cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => row.String("name")!, row => new StyleNode
        {
            Name = row.String("name")!,
            ReleaseCount = row.Long("release_count"),
            ArtistCount = row.Long("artist_count"),
            LabelCount = row.Long("label_count"),
            GenreCount = row.Long("other_count"),
            FirstYear = row.NullableInt("first_year"),
        }, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<EntityRef, EntitySummary>> GetSummariesAsync(IReadOnlyCollection<EntityRef> refs, CancellationToken cancellationToken)
    {
        ExploreArguments.Batch(refs);
        var answer = new Dictionary<EntityRef, EntitySummary>();
        if (refs.Count == 0)
        {
            return answer;
        }

        List<long> Ids(EntityKind kind) => [.. refs.Where(r => r.Kind == kind).Select(r => r.Id).Distinct()];
        List<string> Names(EntityKind kind) => [.. refs.Where(r => r.Kind == kind).Select(r => r.Name!).Distinct(StringComparer.Ordinal)];
        var parameters = new Dictionary<string, object?>
        {
            ["artists"] = Ids(EntityKind.Artist),
            ["labels"] = Ids(EntityKind.Label),
            ["masters"] = Ids(EntityKind.Master),
            ["releases"] = Ids(EntityKind.Release),
            ["genres"] = Names(EntityKind.Genre),
            ["styles"] = Names(EntityKind.Style),
        };
        var result = await client.RunAsync(CypherStatements.Get("Explore/Entities/Summaries"), parameters, cancellationToken).ConfigureAwait(false);
        foreach (var row in Neo4jRows.Of(result))
        {
            var kind = Enum.Parse<EntityKind>(row.String("kind") ?? string.Empty);
            var reference = Neo4jRows.Ref(kind, kind is EntityKind.Genre or EntityKind.Style ? row.Get("name") : row.Get("id"));
            answer[reference] = new EntitySummary(reference, row.String("name"), row.NullableInt("year"));
        }

        return answer;
    }

    private static byte[]? Document(IReadOnlyDictionary<string, object?> row) =>
        row.String("document") is { } text ? Encoding.UTF8.GetBytes(text) : null;

    private async Task<IReadOnlyDictionary<long, T>> ReadAsync<T>(
        IReadOnlyCollection<long> ids, string statement, Func<IReadOnlyDictionary<string, object?>, T> map, Func<T, long> key, CancellationToken cancellationToken)
    {
        ExploreArguments.Batch(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<long, T>();
        }

        var parameters = new Dictionary<string, object?> { ["ids"] = ids.Distinct().ToList() };
        var result = await client.RunAsync(CypherStatements.Get("Explore/Entities/" + statement), parameters, cancellationToken).ConfigureAwait(false);
        return Neo4jRows.Of(result).Select(map).ToDictionary(key);
    }

    private async Task<List<IReadOnlyDictionary<string, object?>>> ReadTagsAsync(string statement, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ExploreArguments.Batch(names);
        if (names.Count == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?> { ["names"] = names.Distinct(StringComparer.Ordinal).ToList() };
        var result = await client.RunAsync(CypherStatements.Get("Explore/Entities/" + statement), parameters, cancellationToken).ConfigureAwait(false);
        return [.. Neo4jRows.Of(result)];
    }
}
