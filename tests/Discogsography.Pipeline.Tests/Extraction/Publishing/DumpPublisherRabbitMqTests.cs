using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus.Messages;
using Discogsography.Pipeline.Extraction.Publishing;
using Discogsography.Pipeline.Tests.Bus.RabbitMq;
using Discogsography.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

public sealed class DumpPublisherRabbitMqTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("publish-rabbitmq-").FullName;

    public void Dispose() => Directory.Delete(_state, recursive: true);

    [SharedDataFact("AMQP_CONNECTION")]
    public async Task PublishFolderAsync_RealBroker_RecordsArriveByteForByteThenFileCompleteThenExtractionComplete()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync(o =>
        {
            o.BatchRecords = 200;
            o.ConfirmWindow = 8;
        });
        var publisher = new DumpPublisher(scope.Bus, Options.Create(scope.Options), Options.Create(new DumpPublisherOptions { StateDirectory = _state }), TimeProvider.System, NullLogger<DumpPublisher>.Instance);

        DumpPublishResult result = await publisher.PublishFolderAsync(SharedData.SampleFolder, null, DumpReaderOptions.Default, null, CancellationToken.None);
        await using BusRecorder recorder = await BusRecorder.StartAsync(scope.Bus, scope.Options.Consumers[0]);

        Assert.True(result.ExtractionCompleteSent);
        foreach (DumpType type in DumpTypeExtensions.All)
        {
            List<DumpRecord> expected = SharedData.ReadAll(type);
            List<BusMessage> messages = await recorder.ReadUntilAsync(type, m => m is ExtractionCompleteMessage);
            DataRecordEntry[] records = [.. messages.OfType<DataBatchMessage>().SelectMany(m => m.Records)];

            Assert.Equal(expected.Select(r => r.Id), records.Select(r => r.Id));
            Assert.All(expected.Zip(records), pair => Assert.True(pair.First.Json.Span.SequenceEqual(pair.Second.Record.Span)));
            Assert.IsType<FileCompleteMessage>(messages[^2]);
            Assert.Equal(expected.Count, ((ExtractionCompleteMessage)messages[^1]).RecordCounts[type]);
            Assert.False(recorder.HasMore(type));
        }
    }
}
