using System.Buffers;
using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus.Messages;
using Discogsography.Tests.Shared;

namespace Discogsography.Pipeline.Tests.Bus.Messages;

public sealed class DataBatchWriterTests
{
    private static DumpRecord Record(long id, string json, DumpType type = DumpType.Artists) =>
        new(type, id, id, Encoding.UTF8.GetBytes(json), new string('a', 64));

    [SharedDataFact]
    public void Complete_SampleRecords_ReaderGetsEveryRecordsBytesBack()
    {
        List<DumpRecord> records = SharedData.ReadAll(DumpType.Masters).Take(40).ToList();
        var writer = new DataBatchWriter(maxRecords: 500, maxBytes: 1 << 20);
        foreach (DumpRecord record in records)
        {
            Assert.True(writer.Fits(record));
            writer.Append(record);
        }

        var message = Assert.IsType<DataBatchMessage>(BusMessageReader.Read(writer.Complete()));

        Assert.Equal(DumpType.Masters, message.DataType);
        Assert.Equal(records.Select(r => r.Id), message.Records.Select(r => r.Id));
        Assert.Equal(records.Select(r => r.Sha256), message.Records.Select(r => r.Sha256));
        Assert.All(records.Zip(message.Records), pair => Assert.True(pair.First.Json.Span.SequenceEqual(pair.Second.Record.Span)));
    }

    [Fact]
    public void Fits_CountReached_StartsANewMessage()
    {
        var writer = new DataBatchWriter(maxRecords: 2, maxBytes: 1 << 20);
        writer.Append(Record(1, "{\"id\":1}"));
        writer.Append(Record(2, "{\"id\":2}"));

        Assert.False(writer.Fits(Record(3, "{\"id\":3}")));
    }

    [Fact]
    public void Fits_BytesWouldExceedTheBound_IsFalseButAnEmptyMessageTakesAnOversizedRecord()
    {
        string big = $"{{\"name\":\"{new string('x', 2000)}\"}}";
        var writer = new DataBatchWriter(maxRecords: 500, maxBytes: 1024);
        writer.Append(Record(1, "{\"id\":1}"));

        Assert.False(writer.Fits(Record(2, big)));
        writer.Complete();
        Assert.True(writer.Fits(Record(2, big)));
    }

    [Fact]
    public void Fits_RecordOfAnotherType_IsFalse()
    {
        var writer = new DataBatchWriter(maxRecords: 500, maxBytes: 1 << 20);
        writer.Append(Record(1, "{}"));

        Assert.False(writer.Fits(Record(2, "{}", DumpType.Labels)));
    }

    [Fact]
    public void Complete_TwoMessagesInARow_SecondHoldsOnlyItsOwnRecords()
    {
        var writer = new DataBatchWriter(maxRecords: 500, maxBytes: 1 << 20);
        writer.Append(Record(1, "{\"n\":1}"));
        writer.Complete();
        writer.Append(Record(2, "{\"n\":2}"));

        var second = Assert.IsType<DataBatchMessage>(BusMessageReader.Read(writer.Complete()));

        DataRecordEntry only = Assert.Single(second.Records);
        Assert.Equal(2, only.Id);
        Assert.Equal("{\"n\":2}", Encoding.UTF8.GetString(only.Record.Span));
    }

    [Fact]
    public void CompleteIntoPool_SameRecords_BodyEqualsTheAllocatedBodyInAnArrayRentedFromThePool()
    {
        var pool = new RecordingPool();
        var allocated = new DataBatchWriter(maxRecords: 500, maxBytes: 1 << 20);
        var pooled = new DataBatchWriter(maxRecords: 500, maxBytes: 1 << 20);
        foreach (DataBatchWriter writer in new[] { allocated, pooled })
        {
            writer.Append(Record(1, "{\"n\":1}"));
            writer.Append(Record(2, "{\"n\":2}"));
        }

        byte[] expected = allocated.Complete();
        ArraySegment<byte> body = pooled.Complete(pool);

        Assert.Same(Assert.Single(pool.Rented), body.Array);
        Assert.Equal(expected, body.ToArray());
    }

    [Fact]
    public void CompleteIntoPool_TwoMessagesInARow_SecondHoldsOnlyItsOwnRecords()
    {
        var writer = new DataBatchWriter(maxRecords: 500, maxBytes: 1 << 20);
        writer.Append(Record(1, "{\"n\":1}"));
        writer.Complete(ArrayPool<byte>.Shared);
        writer.Append(Record(2, "{\"n\":2}"));

        ArraySegment<byte> body = writer.Complete(ArrayPool<byte>.Shared);

        var second = Assert.IsType<DataBatchMessage>(BusMessageReader.Read(body));
        Assert.Equal(2, Assert.Single(second.Records).Id);
        Assert.Equal(0, writer.Count);
    }

    private sealed class RecordingPool : ArrayPool<byte>
    {
        public List<byte[]> Rented { get; } = [];

        public override byte[] Rent(int minimumLength)
        {
            byte[] array = new byte[minimumLength + 100];
            Rented.Add(array);
            return array;
        }

        public override void Return(byte[] array, bool clearArray = false)
        {
        }
    }
}
