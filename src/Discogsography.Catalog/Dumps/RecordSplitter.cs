using System.Text;

namespace Discogsography.Catalog.Dumps;

/// <summary>
/// Cuts the decompressed XML of a dump into the byte ranges of its record elements without parsing them:
/// it only looks at start and end tags with the record element's name. A record that is not closed before
/// the next record starts, or before the file ends, or that grows past the size limit, comes out with an
/// <see cref="Error"/> so the reader can skip it and carry on with the next record.
/// </summary>
internal sealed class RecordSplitter
{
    private const int InitialBufferSize = 1 << 20;
    private readonly Stream _source;
    private readonly byte[] _name;
    private readonly byte[] _rootEnd;
    private readonly bool _mayNest;
    private readonly int _maxRecordBytes;
    private byte[] _buffer = new byte[InitialBufferSize];
    private long _bufferOffset;
    private int _dataStart;
    private int _dataEnd;
    private bool _eof;
    private long _nextOrdinal;
    private int _currentStart;
    private int _currentLength;

    /// <param name="source">The decompressed XML.</param>
    /// <param name="rootElement">The document element name (<c>releases</c>, ...), whose end tag marks a complete file.</param>
    /// <param name="recordElement">The record element name (<c>release</c>, ...).</param>
    /// <param name="mayNest">
    /// True when elements with the record's name also occur inside records (labels: <c>&lt;sublabels&gt;&lt;label&gt;</c>).
    /// Then only a start tag at the beginning of a line may cut an unclosed record short.
    /// </param>
    /// <param name="maxRecordBytes">Records larger than this are reported as malformed.</param>
    public RecordSplitter(Stream source, string rootElement, string recordElement, bool mayNest, int maxRecordBytes)
    {
        _source = source;
        _name = Encoding.ASCII.GetBytes(recordElement);
        _rootEnd = Encoding.ASCII.GetBytes($"</{rootElement}");
        _mayNest = mayNest;
        _maxRecordBytes = maxRecordBytes;
    }

    /// <summary>The bytes of the current record (empty when it was too large to keep).</summary>
    public ReadOnlySpan<byte> Current => _buffer.AsSpan(_currentStart, _currentLength);

    /// <summary>0-based position of the current record among the record elements of the file.</summary>
    public long Ordinal { get; private set; }

    /// <summary>Offset of the current record's start tag in the decompressed XML.</summary>
    public long Offset { get; private set; }

    /// <summary>Why the current record cannot be used, or null when it is complete.</summary>
    public string? Error { get; private set; }

    /// <summary>True once the document element's end tag has been seen between records: the file was read to its real end.</summary>
    public bool SawRootEnd { get; private set; }

    /// <summary>Decompressed bytes consumed so far.</summary>
    public long Position => _bufferOffset + _dataStart;

    /// <summary>Moves to the next record; false at the end of the input.</summary>
    public bool MoveNext()
    {
        int start = FindStartTag();
        if (start < 0)
        {
            return false;
        }

        _dataStart = start;
        Ordinal = _nextOrdinal++;
        Offset = _bufferOffset + start;
        Error = null;
        int depth = 0;
        int pos = start + 1 + _name.Length;
        bool first = true;
        while (true)
        {
            int tag = first ? start : FindTag(pos);
            if (tag - start > _maxRecordBytes)
            {
                return TooLarge(tag);
            }

            if (tag < 0)
            {
                if (_dataEnd - start > _maxRecordBytes)
                {
                    return TooLarge(Math.Max(pos, _dataEnd - _name.Length - 2));
                }

                if (!Fill(ref start, ref pos))
                {
                    return Truncated(start, _dataEnd, "the file ends inside the record");
                }

                continue;
            }

            bool closing = _buffer[tag + 1] == (byte)'/';
            int tagEnd = FindTagEnd(tag + 1 + (closing ? 1 : 0) + _name.Length);
            if (tagEnd < 0)
            {
                if (_dataEnd - start > _maxRecordBytes)
                {
                    return TooLarge(Math.Max(pos, _dataEnd - _name.Length - 2));
                }

                if (!Fill(ref start, ref pos, ref tag))
                {
                    return Truncated(start, _dataEnd, "the file ends inside the record");
                }

                continue;
            }

            if (closing)
            {
                depth--;
            }
            else if (!first && (!_mayNest || tag == 0 || _buffer[tag - 1] == (byte)'\n'))
            {
                // A new record starts before this one was closed.
                return Truncated(start, tag, "the record is not closed before the next record starts");
            }
            else if (_buffer[tagEnd - 1] != (byte)'/')
            {
                depth++;
            }

            first = false;
            pos = tagEnd + 1;
            if (depth == 0)
            {
                Emit(start, pos);
                return true;
            }
        }
    }

    private void Emit(int start, int end)
    {
        _currentStart = start;
        _currentLength = end - start;
        _dataStart = end;
    }

    private bool Truncated(int start, int end, string error)
    {
        Emit(start, end);
        Error = error;
        return true;
    }

    private bool TooLarge(int pos)
    {
        Emit(pos, pos);
        Error = $"the record is larger than {_maxRecordBytes} bytes";
        return true;
    }

    /// <summary>Finds the next start tag of a record, reading as needed; the buffer index of its '&lt;', or -1 at the end.</summary>
    private int FindStartTag()
    {
        int pos = _dataStart;
        while (true)
        {
            int tag = FindTag(pos);
            if (tag >= 0 && _buffer[tag + 1] != (byte)'/')
            {
                return tag;
            }

            if (tag >= 0)
            {
                // A stray end tag between records: look past it.
                pos = tag + 2 + _name.Length;
                continue;
            }

            // Nothing here but text between records: note the document's end tag, keep only a tail that could hold the start of a tag.
            if (!SawRootEnd && _buffer.AsSpan(_dataStart, _dataEnd - _dataStart).IndexOf(_rootEnd) >= 0)
            {
                SawRootEnd = true;
            }

            _dataStart = Math.Max(_dataStart, _dataEnd - _rootEnd.Length);
            int unused = 0;
            if (!Fill(ref unused, ref pos))
            {
                _dataStart = _dataEnd;
                return -1;
            }

            pos = _dataStart;
        }
    }

    /// <summary>
    /// The buffer index of the next <c>&lt;name</c> or <c>&lt;/name</c> followed by a delimiter at or after
    /// <paramref name="from"/> whose delimiter is already in the buffer; -1 when more data is needed.
    /// </summary>
    private int FindTag(int from)
    {
        int pos = Math.Max(from, 1);
        while (pos < _dataEnd)
        {
            int hit = _buffer.AsSpan(pos, _dataEnd - pos).IndexOf(_name);
            if (hit < 0)
            {
                return -1;
            }

            int at = pos + hit;
            int after = at + _name.Length;
            if (after >= _dataEnd)
            {
                return -1;
            }

            pos = at + 1;
            if (!IsDelimiter(_buffer[after]))
            {
                continue;
            }

            if (_buffer[at - 1] == (byte)'<')
            {
                return at - 1;
            }

            if (_buffer[at - 1] == (byte)'/' && at >= 2 && _buffer[at - 2] == (byte)'<')
            {
                return at - 2;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index of the '&gt;' ending the tag whose name ends before <paramref name="from"/>, skipping quoted values
    /// (or of the byte before a '&lt;' that breaks the tag); -1 if not yet read.
    /// </summary>
    private int FindTagEnd(int from)
    {
        byte quote = 0;
        for (int i = from; i < _dataEnd; i++)
        {
            byte b = _buffer[i];
            if (b == (byte)'<')
            {
                // '<' never belongs to a tag, not even inside quotes: the tag is broken and ends here (the parser rejects it).
                return i - 1;
            }

            if (quote != 0)
            {
                if (b == quote)
                {
                    quote = 0;
                }
            }
            else if (b is (byte)'"' or (byte)'\'')
            {
                quote = b;
            }
            else if (b == (byte)'>')
            {
                return i;
            }
        }

        return -1;
    }

    private bool Fill(ref int start, ref int pos)
    {
        int unused = 0;
        return Fill(ref start, ref pos, ref unused);
    }

    /// <summary>Reads more input, moving unconsumed bytes to the front first; the indexes given are moved along. False at the end of the input.</summary>
    private bool Fill(ref int start, ref int pos, ref int tag)
    {
        if (_eof)
        {
            return false;
        }

        int shift = _dataStart;
        if (shift > 0)
        {
            Buffer.BlockCopy(_buffer, shift, _buffer, 0, _dataEnd - shift);
            _bufferOffset += shift;
            _dataEnd -= shift;
            _dataStart = 0;
            start -= shift;
            pos -= shift;
            tag -= shift;
        }

        if (_dataEnd == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read = _source.Read(_buffer, _dataEnd, _buffer.Length - _dataEnd);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _dataEnd += read;
        return true;
    }

    private static bool IsDelimiter(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/';
}
