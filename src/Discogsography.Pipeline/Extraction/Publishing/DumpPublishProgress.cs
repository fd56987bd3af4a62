using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>Progress of the file being published.</summary>
/// <param name="Type">The file's type.</param>
/// <param name="File">The file name.</param>
/// <param name="RecordsRead">Records the reader produced so far in this run.</param>
/// <param name="RecordsConfirmed">Records confirmed by the broker, over every run of this file.</param>
/// <param name="XmlBytes">Decompressed XML bytes read so far.</param>
public sealed record DumpPublishProgress(DumpType Type, string File, long RecordsRead, long RecordsConfirmed, long XmlBytes)
{
    /// <summary>Bytes of the file (compressed, as stored) read so far: against the file's length, how far the file is.</summary>
    public long SourceBytes { get; init; }
}
