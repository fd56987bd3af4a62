namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>A data message ready to publish and the records it covers.</summary>
/// <param name="Body">The encoded message.</param>
/// <param name="Count">Records in it.</param>
/// <param name="LastOrdinal">Ordinal of its last record.</param>
internal sealed record OutgoingBatch(byte[] Body, int Count, long LastOrdinal);
