namespace Discogsography.Catalog.Dumps;

/// <summary>
/// A read-only stream that first returns bytes already taken from <c>rest</c> (to sniff its format) and then the
/// remainder of <c>rest</c>, counting the source bytes in the report. Disposing it leaves <c>rest</c> open: the caller of the reader owns it.
/// </summary>
internal sealed class ReplayStream(byte[] prefix, Stream rest, DumpReadReport report) : Stream
{
    private int _prefixOffset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefixOffset < prefix.Length)
        {
            int count = Math.Min(buffer.Length, prefix.Length - _prefixOffset);
            prefix.AsSpan(_prefixOffset, count).CopyTo(buffer);
            _prefixOffset += count;
            return count;
        }

        int read = rest.Read(buffer);
        report.AddSourceBytes(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
