using System.Buffers;
using System.Collections.Concurrent;

namespace Discogsography.Catalog.Dumps;

/// <summary>
/// A read-only stream that reads its source on a dedicated thread, a few blocks ahead of the consumer,
/// so decompression runs on one core while parsing runs on another.
/// </summary>
internal sealed class ReadAheadStream : Stream
{
    private const int BlockSize = 1 << 20;
    private readonly Stream _source;
    private readonly BlockingCollection<Block> _blocks = new(boundedCapacity: 4);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private Block _current;
    private int _currentOffset;
    private bool _finished;
    private Exception? _failure;

    public ReadAheadStream(Stream source)
    {
        _source = source;
        _thread = new Thread(Produce) { IsBackground = true, Name = "dump-decompression" };
        _thread.Start();
    }

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
        while (!_finished && _currentOffset == _current.Length)
        {
            Return(_current);
            _current = default;
            _currentOffset = 0;
            if (!_blocks.TryTake(out _current, Timeout.Infinite))
            {
                _finished = true;
            }
            else if (_current.Length == 0)
            {
                _finished = true;
                Return(_current);
                _current = default;
            }
        }

        if (_finished)
        {
            return _failure is null ? 0 : throw new IOException("Reading the dump failed.", _failure);
        }

        int count = Math.Min(buffer.Length, _current.Length - _currentOffset);
        _current.Data.AsSpan(_currentOffset, count).CopyTo(buffer);
        _currentOffset += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Cancel();
            _thread.Join();
            while (_blocks.TryTake(out Block block))
            {
                Return(block);
            }

            _blocks.Dispose();
            _stop.Dispose();
            _source.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Produce()
    {
        try
        {
            while (true)
            {
                byte[] data = ArrayPool<byte>.Shared.Rent(BlockSize);
                int filled = 0;
                int read;
                while (filled < BlockSize && (read = _source.Read(data, filled, BlockSize - filled)) > 0)
                {
                    filled += read;
                }

                _blocks.Add(new Block(data, filled), _stop.Token);
                if (filled == 0)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException)
        {
            _failure = e;
            _blocks.CompleteAdding();
        }
    }

    private static void Return(Block block)
    {
        if (block.Data is not null)
        {
            ArrayPool<byte>.Shared.Return(block.Data);
        }
    }

    private readonly record struct Block(byte[] Data, int Length);
}
