namespace Discogsography.Catalog.Ingestion;

/// <summary>One record as ingestion receives it from the bus.</summary>
/// <param name="Id">The Discogs id.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Json"/>: a store skips the record when it already holds this hash.</param>
/// <param name="Json">The record's canonical JSON (see <c>schema/records/</c>).</param>
public sealed record IngestRecord(long Id, string Sha256, ReadOnlyMemory<byte> Json);
