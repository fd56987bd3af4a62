using System.Data.Common;
using System.Text;
using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;

namespace Discogsography.Stores.Sql.Explore;

/// <summary><see cref="IEntityReader"/> over the catalog tables: one query per call, records read from their canonical JSON.</summary>
internal sealed class SqlEntityReader(SqlExploreQueries queries) : IEntityReader
{
    public Task<IReadOnlyDictionary<long, ArtistNode>> GetArtistsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ReadAsync(ids, "artists", "name", reader => new ArtistNode
        {
            Id = SqlCommandText.Int64(reader, 0),
            Name = SqlCommandText.NullableString(reader, 1),
            Record = Document(reader) is { } json ? CanonicalRecordReader.ReadArtist(json) : null,
        }, node => node.Id, cancellationToken);

    public Task<IReadOnlyDictionary<long, LabelNode>> GetLabelsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ReadAsync(ids, "labels", "name", reader => new LabelNode
        {
            Id = SqlCommandText.Int64(reader, 0),
            Name = SqlCommandText.NullableString(reader, 1),
            Record = Document(reader) is { } json ? CanonicalRecordReader.ReadLabel(json) : null,
        }, node => node.Id, cancellationToken);

    public Task<IReadOnlyDictionary<long, MasterNode>> GetMastersAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ReadAsync(ids, "masters", "title", reader => new MasterNode
        {
            Id = SqlCommandText.Int64(reader, 0),
            Title = SqlCommandText.NullableString(reader, 1),
            Record = Document(reader) is { } json ? CanonicalRecordReader.ReadMaster(json) : null,
        }, node => node.Id, cancellationToken);

    public Task<IReadOnlyDictionary<long, ReleaseNode>> GetReleasesAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ReadAsync(ids, "releases", "title", reader => new ReleaseNode
        {
            Id = SqlCommandText.Int64(reader, 0),
            Title = SqlCommandText.NullableString(reader, 1),
            Record = Document(reader) is { } json ? CanonicalRecordReader.ReadRelease(json) : null,
        }, node => node.Id, cancellationToken);

    public async Task<IReadOnlyDictionary<string, GenreNode>> GetGenresAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ExploreArguments.Batch(names);
        IReadOnlyList<TagCounts> rows = await TagCounts.ReadAsync(queries, TagTable.Genres, names, cancellationToken);
        return rows.ToDictionary(row => row.Name, row => new GenreNode
        {
            Name = row.Name,
            ReleaseCount = row.ReleaseCount,
            ArtistCount = row.ArtistCount,
            LabelCount = row.LabelCount,
            StyleCount = row.OtherTagCount,
            FirstYear = row.FirstYear,
        }, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, StyleNode>> GetStylesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ExploreArguments.Batch(names);
        IReadOnlyList<TagCounts> rows = await TagCounts.ReadAsync(queries, TagTable.Styles, names, cancellationToken);
        return rows.ToDictionary(row => row.Name, row => new StyleNode
        {
            Name = row.Name,
            ReleaseCount = row.ReleaseCount,
            ArtistCount = row.ArtistCount,
            LabelCount = row.LabelCount,
            GenreCount = row.OtherTagCount,
            FirstYear = row.FirstYear,
        }, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<EntityRef, EntitySummary>> GetSummariesAsync(IReadOnlyCollection<EntityRef> refs, CancellationToken cancellationToken)
    {
        ExploreArguments.Batch(refs);
        var summaries = new Dictionary<EntityRef, EntitySummary>();
        foreach (IGrouping<EntityKind, EntityRef> group in refs.Distinct().GroupBy(reference => reference.Kind))
        {
            foreach (EntitySummary summary in await EntitySummaries.ReadAsync(queries, group.Key, [.. group], cancellationToken))
            {
                summaries[summary.Ref] = summary;
            }
        }

        return summaries;
    }

    private async Task<IReadOnlyDictionary<long, TNode>> ReadAsync<TNode>(
        IReadOnlyCollection<long> ids, string table, string nameColumn, Func<DbDataReader, TNode> map, Func<TNode, long> key,
        CancellationToken cancellationToken)
    {
        ExploreArguments.Batch(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<long, TNode>();
        }

        List<TNode> nodes = await queries.ListAsync(
            command => $"SELECT id, {nameColumn}, document FROM {table} WHERE id IN ({SqlCommandText.AddList(command, "id", ids.Distinct())})",
            map,
            cancellationToken);
        return nodes.ToDictionary(key);
    }

    private static byte[]? Document(DbDataReader reader) =>
        reader.IsDBNull(2) ? null : Encoding.UTF8.GetBytes(reader.GetString(2));
}
