namespace Discogsography.Catalog.Dumps;

/// <summary>One entity read from a dump, as canonical JSON with its content hash.</summary>
/// <param name="Type">The dump the record came from.</param>
/// <param name="Id">The Discogs id of the entity.</param>
/// <param name="Ordinal">
/// 0-based position of the record element in its file, counting skipped malformed records too,
/// so a resumed read can skip every record whose ordinal is at most the last confirmed one.
/// </param>
/// <param name="Json">The canonical UTF-8 JSON of the record (see <c>schema/records/*.schema.json</c>).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Json"/>.</param>
public sealed record DumpRecord(DumpType Type, long Id, long Ordinal, ReadOnlyMemory<byte> Json, string Sha256);
