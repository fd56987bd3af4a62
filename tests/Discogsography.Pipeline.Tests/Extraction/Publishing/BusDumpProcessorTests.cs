using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.InProcess;
using Discogsography.Pipeline.Bus.Messages;
using Discogsography.Pipeline.Extraction.Discovery;
using Discogsography.Pipeline.Extraction.Download;
using Discogsography.Pipeline.Extraction.Publishing;
using Discogsography.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

public sealed class BusDumpProcessorTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("processor-state-").FullName;

    public void Dispose() => Directory.Delete(_state, recursive: true);

    [SharedDataFact]
    public async Task ProcessAsync_DownloadedSample_PublishesEveryTypeAndReturnsCountsPerType()
    {
        var busOptions = new BusOptions();
        await using var bus = new InProcessBus(busOptions, NullLogger<InProcessBus>.Instance, maxQueueLength: 10_000);
        await bus.DeclareTopologyAsync(CancellationToken.None);
        await using BusRecorder recorder = await BusRecorder.StartAsync(bus, "ingestor");
        var options = Options.Create(new DumpPublisherOptions { StateDirectory = _state });
        var publisher = new DumpPublisher(bus, Options.Create(busOptions), options, TimeProvider.System, NullLogger<DumpPublisher>.Instance);
        DownloadedFile[] files = [.. DumpTypeExtensions.All.Reverse().Select(type => new DownloadedFile
        {
            Name = SharedData.SampleFileName(type),
            Type = Enum.Parse<DumpFileType>(type.ToString()),
            Path = SharedData.SampleFile(type),
            Sha256 = "unknown",
            Length = new FileInfo(SharedData.SampleFile(type)).Length,
            IsVerified = false,
        })];

        IReadOnlyDictionary<string, long> statistics = await new BusDumpProcessor(publisher, options)
            .ProcessAsync(DumpMonth.Parse(SharedData.SampleVersion), files, CancellationToken.None);

        foreach (DumpType type in DumpTypeExtensions.All)
        {
            int count = SharedData.ReadAll(type).Count;
            Assert.Equal(count, statistics[type.FileToken()]);
            List<BusMessage> messages = await recorder.ReadUntilAsync(type, m => m is ExtractionCompleteMessage);
            Assert.Equal(count, messages.OfType<DataBatchMessage>().Sum(m => m.Records.Count));
            Assert.Equal(SharedData.SampleVersion, ((ExtractionCompleteMessage)messages[^1]).Version);
        }
    }
}
