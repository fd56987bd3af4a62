namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>A data message ready to publish and the records it covers.</summary>
/// <param name="Body">The encoded message, in an array rented from the publisher's pool (returned after its confirm).</param>
/// <param name="Count">Records in it.</param>
/// <param name="LastOrdinal">Ordinal of its last record.</param>
internal sealed record OutgoingBatch(ArraySegment<byte> Body, int Count, long LastOrdinal);
