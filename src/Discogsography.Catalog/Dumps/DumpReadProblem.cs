namespace Discogsography.Catalog.Dumps;

/// <summary>A record the reader could not use, and where it was.</summary>
/// <param name="Ordinal">0-based position of the record element in its file.</param>
/// <param name="Offset">Byte offset of the record's start tag in the decompressed XML.</param>
/// <param name="Message">What was wrong with it.</param>
public sealed record DumpReadProblem(long Ordinal, long Offset, string Message);
