namespace Discogsography.Pipeline.Bus.Messages;

/// <summary>One record of a data message.</summary>
/// <param name="Id">The Discogs id.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Record"/>: the ingestion's idempotency key.</param>
/// <param name="Record">The record's canonical JSON, byte for byte as the reader produced it (a slice of the message body).</param>
public sealed record DataRecordEntry(long Id, string Sha256, ReadOnlyMemory<byte> Record);
