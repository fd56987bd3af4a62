using System.Buffers;
using System.Text.Json;
using Discogsography.Catalog.DataQuality;
using Discogsography.Catalog.Dumps.Xml;
using Discogsography.Catalog.Hashing;
using Discogsography.Catalog.Normalisation;

namespace Discogsography.Catalog.Dumps;

/// <summary>
/// Turns the bytes of one record element into a <see cref="DumpRecord"/>: parse, map to the typed record,
/// write canonical JSON, hash, apply data-quality rules. One per file read; not thread-safe.
/// </summary>
internal sealed class DumpRecordBuilder : IDisposable
{
    private readonly DumpType _type;
    private readonly string _recordElement;
    private readonly DumpReaderOptions _options;
    private readonly DumpReadReport _report;
    private readonly RecordParser _parser = new();
    private readonly RecordMapper _mapper;
    private readonly PlausibleYears _years;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;
    private long _invalidBytesReported;

    public DumpRecordBuilder(DumpType type, DumpReaderOptions options, DumpReadReport report)
    {
        _type = type;
        _recordElement = type.RecordElement();
        _options = options;
        _report = report;
        _years = new PlausibleYears(options.Clock);
        _mapper = new RecordMapper(_years);
        _writer = new Utf8JsonWriter(_buffer, CanonicalJson.WriterOptions);
    }

    /// <summary>Builds the record, or returns null after counting it as skipped (malformed, or dropped by a rule).</summary>
    /// <exception cref="DumpReadException">The malformed records exceeded the error budget.</exception>
    public DumpRecord? Build(ReadOnlySpan<byte> xml, long ordinal, long offset, string? splitError)
    {
        if (splitError is not null)
        {
            Skip(ordinal, offset, splitError);
            return null;
        }

        long id;
        try
        {
            XmlElementNode root = _parser.Parse(xml);
            if (root.Name != _recordElement)
            {
                throw new MalformedRecordException($"expected <{_recordElement}> but found <{root.Name}>");
            }

            _buffer.ResetWrittenCount();
            _writer.Reset();
            id = WriteCanonical(root);
            _writer.Flush();
        }
        catch (MalformedRecordException e)
        {
            Skip(ordinal, offset, e.Message);
            return null;
        }
        finally
        {
            ReportInvalidBytes();
        }

        byte[] json = _buffer.WrittenSpan.ToArray();
        DataQualityVerdict? verdict = _options.DataQuality.Evaluate(_type, id, ordinal, json, _years.Last);
        if (verdict is not null)
        {
            foreach (DataQualityFinding finding in verdict.Findings)
            {
                if (finding.Action != DataQualityAction.Report)
                {
                    _options.DataQualityReport?.Write(finding);
                }
            }

            if (verdict.Skip)
            {
                _report.AddSkippedByRules();
                return null;
            }

            _report.AddFlagged();
        }

        _report.AddRecord();
        return new DumpRecord(_type, id, ordinal, json, ContentHash.Sha256Hex(json));
    }

    public void Dispose() => _writer.Dispose();

    private long WriteCanonical(XmlElementNode root)
    {
        switch (_type)
        {
            case DumpType.Artists:
                var artist = _mapper.MapArtist(root);
                CanonicalJson.Write(_writer, artist);
                return artist.Id;
            case DumpType.Labels:
                var label = _mapper.MapLabel(root);
                CanonicalJson.Write(_writer, label);
                return label.Id;
            case DumpType.Masters:
                var master = _mapper.MapMaster(root);
                CanonicalJson.Write(_writer, master);
                return master.Id;
            default:
                var release = _mapper.MapRelease(root);
                CanonicalJson.Write(_writer, release);
                return release.Id;
        }
    }

    private void Skip(long ordinal, long offset, string message)
    {
        long skipped = _report.AddSkipped(new DumpReadProblem(ordinal, offset, message), _options.MaxProblemsKept);
        if (skipped > _options.ErrorBudget)
        {
            throw new DumpReadException(
                $"Abandoned the {_type.FileToken()} dump: {skipped} malformed records exceed the budget of {_options.ErrorBudget} " +
                $"(last at record {ordinal}, byte {offset}: {message}).");
        }
    }

    private void ReportInvalidBytes()
    {
        long invalid = _parser.InvalidBytes;
        if (invalid != _invalidBytesReported)
        {
            _report.AddInvalidBytes(invalid - _invalidBytesReported);
            _invalidBytesReported = invalid;
        }
    }
}
