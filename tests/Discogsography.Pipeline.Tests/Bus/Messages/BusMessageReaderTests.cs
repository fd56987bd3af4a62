using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus.Messages;

namespace Discogsography.Pipeline.Tests.Bus.Messages;

public sealed class BusMessageReaderTests
{
    private static readonly DateTimeOffset When = new(2026, 11, 22, 2, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Read_FileComplete_RoundTrips()
    {
        var sent = new FileCompleteMessage(DumpType.Labels, "discogs_20200806_labels.xml.gz", new string('b', 64), 54654, 1000, 2, 1, When);

        BusMessage received = BusMessageReader.Read(BusMessageWriter.Write(sent));

        Assert.Equal(sent, received);
    }

    [Fact]
    public void Read_ExtractionComplete_RoundTripsWithCountsPerType()
    {
        var counts = new Dictionary<DumpType, long> { [DumpType.Artists] = 1, [DumpType.Labels] = 2, [DumpType.Masters] = 3, [DumpType.Releases] = 4 };
        var sent = new ExtractionCompleteMessage("20200806", When.AddHours(-1), When, counts);
        string json = Encoding.UTF8.GetString(BusMessageWriter.Write(sent));

        var received = Assert.IsType<ExtractionCompleteMessage>(BusMessageReader.Read(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("\"type\":\"extraction_complete\"", json, StringComparison.Ordinal);
        Assert.Contains("\"recordCounts\":{\"artists\":1,\"labels\":2,\"masters\":3,\"releases\":4}", json, StringComparison.Ordinal);
        Assert.Equal(counts, received.RecordCounts);
        Assert.Equal(sent.StartedAt, received.StartedAt);
    }

    [Fact]
    public void Read_DataWithUnknownPropertiesAndTypeNotFirst_IgnoresThem()
    {
        string json = "{\"extra\":[1,{\"a\":2}],\"dataType\":\"releases\",\"type\":\"data\",\"records\":[{\"sha256\":\"s\",\"new\":true,\"record\":{\"id\":7,\"t\":[1]},\"id\":7}]}";

        var message = Assert.IsType<DataBatchMessage>(BusMessageReader.Read(Encoding.UTF8.GetBytes(json)));

        DataRecordEntry entry = Assert.Single(message.Records);
        Assert.Equal(DumpType.Releases, message.DataType);
        Assert.Equal(7, entry.Id);
        Assert.Equal("{\"id\":7,\"t\":[1]}", Encoding.UTF8.GetString(entry.Record.Span));
    }

    [Theory]
    [InlineData("{\"type\":\"mystery\"}")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":\"data\",\"dataType\":\"tracks\",\"records\":[]}")]
    [InlineData("{\"type\":\"file_complete\"}")]
    public void Read_NotAnExtractionMessage_ThrowsFormatException(string json)
    {
        Assert.Throws<FormatException>(() => BusMessageReader.Read(Encoding.UTF8.GetBytes(json)));
    }
}
