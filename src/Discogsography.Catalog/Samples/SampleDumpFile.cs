using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Samples;

/// <summary>One generated dump file and what a reader should find in it.</summary>
/// <param name="Type">The dump type.</param>
/// <param name="Path">The <c>.xml.gz</c> file.</param>
/// <param name="RecordElements">Record elements written, malformed ones included.</param>
/// <param name="Malformed">Records written malformed on purpose: the reader must skip exactly these.</param>
/// <param name="InvalidUtf8Bytes">Invalid UTF-8 bytes written on purpose (in well-formed records).</param>
/// <param name="XmlBytes">Uncompressed size.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the compressed file, as in the CHECKSUM file.</param>
public sealed record SampleDumpFile(DumpType Type, string Path, long RecordElements, long Malformed, long InvalidUtf8Bytes, long XmlBytes, string Sha256)
{
    /// <summary>The records a reader yields: every element but the malformed ones.</summary>
    public long ExpectedRecords => RecordElements - Malformed;
}
