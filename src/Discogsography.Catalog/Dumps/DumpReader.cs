using System.IO.Compression;

namespace Discogsography.Catalog.Dumps;

/// <summary>
/// Reads a Discogs dump file (gzip-compressed or plain XML) as a stream of canonical records, in constant memory.
/// Malformed records are skipped, counted and located in the <see cref="DumpReadReport"/>; the read resumes at the
/// next record and gives up only past <see cref="DumpReaderOptions.ErrorBudget"/>.
/// </summary>
public static class DumpReader
{
    /// <summary>
    /// Reads every record of <paramref name="source"/> lazily. The caller keeps ownership of <paramref name="source"/>.
    /// </summary>
    /// <param name="source">The <c>.xml.gz</c> stream (gzip is recognised by its magic bytes) or plain XML.</param>
    /// <param name="type">Which dump this is.</param>
    /// <param name="options">Reader options; <see cref="DumpReaderOptions.Default"/> for the defaults.</param>
    /// <param name="report">Receives counts, problems and progress while the enumeration runs.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="DumpReadException">
    /// Thrown during enumeration when malformed records exceed the error budget, or at the end when the file stops
    /// before the document element's end tag (a truncated file; every complete record before it has been yielded).
    /// </exception>
    public static IEnumerable<DumpRecord> Read(Stream source, DumpType type, DumpReaderOptions options, DumpReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        options.Validate();
        return ReadRecords(source, type, options, report, cancellationToken);
    }

    /// <summary>
    /// The dump type named by a dump file name, <c>discogs_YYYYMMDD_&lt;type&gt;.xml.gz</c>: the third
    /// <c>_</c>-separated token up to its first dot. Throws <see cref="ArgumentException"/> for anything else.
    /// </summary>
    public static DumpType TypeFromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        string name = Path.GetFileName(fileName);
        string[] parts = name.Split('_');
        if (parts.Length >= 3)
        {
            string token = parts[2];
            int dot = token.IndexOf('.', StringComparison.Ordinal);
            if (dot >= 0 && DumpTypeExtensions.TryParseToken(token[..dot], out DumpType type))
            {
                return type;
            }
        }

        throw new ArgumentException($"'{name}' is not a Discogs dump file name (discogs_YYYYMMDD_<artists|labels|masters|releases>.xml.gz).", nameof(fileName));
    }

    private static IEnumerable<DumpRecord> ReadRecords(Stream source, DumpType type, DumpReaderOptions options, DumpReadReport report, CancellationToken cancellationToken)
    {
        using Stream xml = OpenXml(source, options, report);
        using var builder = new DumpRecordBuilder(type, options, report);
        var splitter = new RecordSplitter(xml, type.RootElement(), type.RecordElement(), mayNest: type == DumpType.Labels, options.MaxRecordBytes);
        while (splitter.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            DumpRecord? record = builder.Build(splitter.Current, splitter.Ordinal, splitter.Offset, splitter.Error);
            report.SetXmlBytes(splitter.Position);
            if (record is not null)
            {
                yield return record;
            }
        }

        report.SetXmlBytes(splitter.Position);
        if (!splitter.SawRootEnd)
        {
            // GZipStream does not notice a cut-off file; a missing </releases> does.
            throw new DumpReadException($"The {type.FileToken()} dump ends before </{type.RootElement()}>: the file is truncated.");
        }
    }

    private static Stream OpenXml(Stream source, DumpReaderOptions options, DumpReadReport report)
    {
        Span<byte> magic = stackalloc byte[2];
        int read = source.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        report.AddSourceBytes(read);
        var input = new ReplayStream(magic[..read].ToArray(), source, report);
        if (read < 2 || magic[0] != 0x1f || magic[1] != 0x8b)
        {
            return input;
        }

        var gzip = new GZipStream(input, CompressionMode.Decompress);
        return options.DecompressOnSeparateThread ? new ReadAheadStream(gzip) : gzip;
    }
}
