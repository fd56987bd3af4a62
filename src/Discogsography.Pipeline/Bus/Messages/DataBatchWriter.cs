using System.Buffers;
using System.Text.Json;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Bus.Messages;

/// <summary>
/// Builds <c>data</c> messages bounded by record count and bytes. Each record's canonical JSON is copied into the
/// body as it is (<see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>), never parsed or re-serialised.
/// </summary>
internal sealed class DataBatchWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly int _maxRecords;
    private readonly int _maxBytes;
    private DumpType _type;

    /// <summary>Creates a writer.</summary>
    /// <param name="maxRecords">Most records per message.</param>
    /// <param name="maxBytes">Most bytes of record JSON per message; a single larger record travels alone.</param>
    public DataBatchWriter(int maxRecords, int maxBytes)
    {
        _maxRecords = maxRecords;
        _maxBytes = maxBytes;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>Records in the open message.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes of record JSON in the open message.</summary>
    public int RecordBytes { get; private set; }

    /// <summary>Ordinal of the first record in the open message.</summary>
    public long FirstOrdinal { get; private set; }

    /// <summary>Ordinal of the last record in the open message.</summary>
    public long LastOrdinal { get; private set; }

    /// <summary>Whether <paramref name="record"/> fits in the open message (an empty message takes anything of its type).</summary>
    public bool Fits(DumpRecord record) =>
        Count == 0 || (record.Type == _type && Count < _maxRecords && RecordBytes + record.Json.Length <= _maxBytes);

    /// <summary>Appends a record; call <see cref="Fits"/> first.</summary>
    public void Append(DumpRecord record)
    {
        if (Count == 0)
        {
            _type = record.Type;
            FirstOrdinal = record.Ordinal;
            _writer.WriteStartObject();
            _writer.WriteString(MessageFields.Type, MessageFields.TypeData);
            _writer.WriteString(MessageFields.DataType, record.Type.FileToken());
            _writer.WriteStartArray(MessageFields.Records);
        }

        _writer.WriteStartObject();
        _writer.WriteNumber(MessageFields.Id, record.Id);
        _writer.WriteString(MessageFields.Sha256, record.Sha256);
        _writer.WritePropertyName(MessageFields.Record);
        _writer.WriteRawValue(record.Json.Span, skipInputValidation: true);
        _writer.WriteEndObject();
        Count++;
        RecordBytes += record.Json.Length;
        LastOrdinal = record.Ordinal;
    }

    /// <summary>Closes the open message and returns its body; the writer starts a new message afterwards.</summary>
    public byte[] Complete()
    {
        byte[] body = Close().ToArray();
        Reset();
        return body;
    }

    /// <summary>
    /// Closes the open message and copies its body into an array rented from <paramref name="pool"/>, so a stream of
    /// messages reuses a few arrays instead of allocating one large array each; the writer starts a new message
    /// afterwards. Return the array to the pool once the body is no longer needed (after its confirm).
    /// </summary>
    /// <param name="pool">The pool the body's array is rented from.</param>
    /// <returns>The body: the rented array and the length written into it.</returns>
    public ArraySegment<byte> Complete(ArrayPool<byte> pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ReadOnlySpan<byte> written = Close();
        byte[] rented = pool.Rent(written.Length);
        written.CopyTo(rented);
        Reset();
        return new ArraySegment<byte>(rented, 0, written.Length);
    }

    private ReadOnlySpan<byte> Close()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("No record was appended.");
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenSpan;
    }

    private void Reset()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        Count = 0;
        RecordBytes = 0;
    }
}
