using System.Text.Json;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.InProcess;
using Discogsography.Pipeline.Bus.Messages;
using Discogsography.Pipeline.Extraction.Publishing;
using Discogsography.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

public sealed class DumpPublisherTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("publish-state-").FullName;
    private readonly BusOptions _busOptions = new() { BatchRecords = 100, BatchBytes = 64 * 1024, ConfirmWindow = 4 };

    public void Dispose() => Directory.Delete(_state, recursive: true);

    private async Task<InProcessBus> CreateBusAsync()
    {
        var bus = new InProcessBus(_busOptions, NullLogger<InProcessBus>.Instance, maxQueueLength: 10_000);
        await bus.DeclareTopologyAsync(CancellationToken.None);
        return bus;
    }

    private DumpPublisher CreatePublisher(IMessageBus bus) => new(
        bus,
        Options.Create(_busOptions),
        Options.Create(new DumpPublisherOptions { StateDirectory = _state }),
        TimeProvider.System,
        NullLogger<DumpPublisher>.Instance);

    private string MarkerPath(DumpType type) => Path.Combine(_state, $".{SharedData.SampleFileName(type)}.publish.json");

    private static IEnumerable<DataRecordEntry> DataRecords(IEnumerable<BusMessage> messages) =>
        messages.OfType<DataBatchMessage>().SelectMany(m => m.Records);

    [SharedDataFact]
    public async Task PublishFolderAsync_Sample_EveryRecordArrivesIntactThenFileCompleteThenExtractionComplete()
    {
        await using InProcessBus bus = await CreateBusAsync();
        await using BusRecorder recorder = await BusRecorder.StartAsync(bus, "ingestor");

        DumpPublishResult result = await CreatePublisher(bus).PublishFolderAsync(SharedData.SampleFolder, null, DumpReaderOptions.Default, null, CancellationToken.None);

        Assert.True(result.ExtractionCompleteSent);
        Assert.Equal(SharedData.SampleVersion, result.Version);
        foreach (DumpType type in DumpTypeExtensions.All)
        {
            List<DumpRecord> expected = SharedData.ReadAll(type);
            List<BusMessage> messages = await recorder.ReadUntilAsync(type, m => m is ExtractionCompleteMessage);
            List<DataRecordEntry> records = [.. DataRecords(messages)];

            Assert.Equal(expected.Select(r => r.Id), records.Select(r => r.Id));
            Assert.All(expected.Zip(records), pair =>
            {
                Assert.Equal(pair.First.Sha256, pair.Second.Sha256);
                Assert.True(pair.First.Json.Span.SequenceEqual(pair.Second.Record.Span));
            });
            var complete = Assert.IsType<FileCompleteMessage>(messages[^2]);
            Assert.Equal(expected.Count, complete.TotalRecords);
            Assert.Equal(SharedData.SampleFileName(type), complete.File);
            var extraction = Assert.IsType<ExtractionCompleteMessage>(messages[^1]);
            Assert.Equal(expected.Count, extraction.RecordCounts[type]);
            Assert.All(messages.OfType<DataBatchMessage>(), m => Assert.InRange(m.Records.Count, 1, _busOptions.BatchRecords));
        }
    }

    [SharedDataFact]
    public async Task PublishFolderAsync_FileSha_IsTheChecksumFromTheDumpsChecksumFile()
    {
        await using InProcessBus bus = await CreateBusAsync();
        await using BusRecorder recorder = await BusRecorder.StartAsync(bus, "ingestor");

        await CreatePublisher(bus).PublishFolderAsync(SharedData.SampleFolder, [DumpType.Labels], DumpReaderOptions.Default, null, CancellationToken.None);
        List<BusMessage> messages = await recorder.ReadUntilAsync(DumpType.Labels, m => m is FileCompleteMessage);

        var complete = (FileCompleteMessage)messages[^1];
        Assert.Equal("b67078c90cf19d26c8d096cac0e886245b1317ec83c79ebf5c880ab55f6ff161", complete.FileSha256);
        Assert.Equal(new FileInfo(SharedData.SampleFile(DumpType.Labels)).Length, complete.FileBytes);
    }

    [SharedDataFact]
    public async Task PublishFolderAsync_MarkerShowsProgress_PublishesOnlyRecordsAfterTheConfirmedOrdinal()
    {
        List<DumpRecord> expected = SharedData.ReadAll(DumpType.Artists);
        long confirmedThrough = expected[399].Ordinal;
        WriteMarker(DumpType.Artists, confirmedThrough, "in_progress");
        await using InProcessBus bus = await CreateBusAsync();
        await using BusRecorder recorder = await BusRecorder.StartAsync(bus, "ingestor");

        DumpPublishResult result = await CreatePublisher(bus).PublishFolderAsync(SharedData.SampleFolder, [DumpType.Artists], DumpReaderOptions.Default, null, CancellationToken.None);
        List<BusMessage> messages = await recorder.ReadUntilAsync(DumpType.Artists, m => m is FileCompleteMessage);

        FilePublishResult file = Assert.Single(result.Files);
        Assert.Equal(400, file.ResumedPast);
        Assert.Equal(expected.Count - 400, file.PublishedThisRun);
        Assert.Equal(expected.Skip(400).Select(r => r.Id), DataRecords(messages).Select(r => r.Id));
        Assert.Equal(expected.Count, ((FileCompleteMessage)messages[^1]).TotalRecords);
    }

    [SharedDataFact]
    public async Task PublishFolderAsync_MarkerOfAnotherFile_StartsOver()
    {
        WriteMarker(DumpType.Labels, lastConfirmedOrdinal: 500, "in_progress", size: 12345);
        await using InProcessBus bus = await CreateBusAsync();
        await using BusRecorder recorder = await BusRecorder.StartAsync(bus, "ingestor");

        DumpPublishResult result = await CreatePublisher(bus).PublishFolderAsync(SharedData.SampleFolder, [DumpType.Labels], DumpReaderOptions.Default, null, CancellationToken.None);

        Assert.Equal(0, Assert.Single(result.Files).ResumedPast);
        Assert.Equal(SharedData.ReadAll(DumpType.Labels).Count, result.Files[0].PublishedThisRun);
    }

    [SharedDataFact]
    public async Task PublishFolderAsync_SecondRunAfterCompletion_PublishesNothing()
    {
        await using InProcessBus bus = await CreateBusAsync();
        DumpPublisher publisher = CreatePublisher(bus);
        await publisher.PublishFolderAsync(SharedData.SampleFolder, null, DumpReaderOptions.Default, null, CancellationToken.None);
        await using BusRecorder recorder = await BusRecorder.StartAsync(bus, "ingestor");
        await recorder.ReadUntilAsync(DumpType.Releases, m => m is ExtractionCompleteMessage);

        DumpPublishResult again = await publisher.PublishFolderAsync(SharedData.SampleFolder, null, DumpReaderOptions.Default, null, CancellationToken.None);

        Assert.All(again.Files, f => Assert.True(f.AlreadyComplete));
        Assert.False(again.ExtractionCompleteSent);
        Assert.Equal(0, bus.ReadyCount(BusTopology.QueueName("ingestor", "releases")));
        Assert.Contains("\"status\": \"completed\"", File.ReadAllText(MarkerPath(DumpType.Releases)), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task PublishFolderAsync_ConfirmsFail_MarkerKeepsOnlyConfirmedRecordsAndTheNextRunPublishesTheRest()
    {
        List<DumpRecord> expected = SharedData.ReadAll(DumpType.Masters);
        await using InProcessBus bus = await CreateBusAsync();
        await using BusRecorder recorder = await BusRecorder.StartAsync(bus, "ingestor");

        await Assert.ThrowsAsync<BusPublishException>(() =>
            CreatePublisher(new FailingBus(bus, allowed: 3)).PublishFolderAsync(SharedData.SampleFolder, [DumpType.Masters], DumpReaderOptions.Default, null, CancellationToken.None));
        using JsonDocument marker = JsonDocument.Parse(File.ReadAllBytes(MarkerPath(DumpType.Masters)));
        long confirmedThrough = marker.RootElement.GetProperty("last_confirmed_ordinal").GetInt64();
        Assert.Equal("failed", marker.RootElement.GetProperty("status").GetString());
        Assert.True(confirmedThrough >= 0);

        DumpPublishResult resumed = await CreatePublisher(bus).PublishFolderAsync(SharedData.SampleFolder, [DumpType.Masters], DumpReaderOptions.Default, null, CancellationToken.None);
        List<BusMessage> messages = await recorder.ReadUntilAsync(DumpType.Masters, m => m is FileCompleteMessage);

        long[] firstRun = [.. expected.Where(r => r.Ordinal <= confirmedThrough).Select(r => r.Id)];
        Assert.Equal(firstRun.Length, resumed.Files[0].ResumedPast);
        Assert.Equal(expected.Select(r => r.Id).ToHashSet(), DataRecords(messages).Select(r => r.Id).ToHashSet());
        Assert.Equal(expected.Count, DataRecords(messages).Count());
    }

    [SharedDataFact]
    public async Task PublishFileAsync_OneFile_PublishesItAndItsFileCompleteButNoExtractionComplete()
    {
        await using InProcessBus bus = await CreateBusAsync();
        await using BusRecorder recorder = await BusRecorder.StartAsync(bus, "ingestor");

        FilePublishResult result = await CreatePublisher(bus).PublishFileAsync(SharedData.SampleFile(DumpType.Masters), DumpReaderOptions.Default, null, CancellationToken.None);
        List<BusMessage> messages = await recorder.ReadUntilAsync(DumpType.Masters, m => m is FileCompleteMessage);

        Assert.Equal(DumpType.Masters, result.Type);
        Assert.Equal(SharedData.ReadAll(DumpType.Masters).Count, result.PublishedThisRun);
        Assert.Equal(result.PublishedThisRun, DataRecords(messages).Count());
        Assert.False(recorder.HasMore(DumpType.Masters));
        Assert.True(File.Exists(MarkerPath(DumpType.Masters)));
    }

    [SharedDataFact]
    public async Task PublishFolderAsync_Progress_ReportsConfirmedRecordsUpToTheTotal()
    {
        await using InProcessBus bus = await CreateBusAsync();
        var reports = new List<DumpPublishProgress>();
        var progress = new SynchronousProgress(reports.Add);

        await CreatePublisher(bus).PublishFolderAsync(SharedData.SampleFolder, [DumpType.Labels], DumpReaderOptions.Default, progress, CancellationToken.None);

        DumpPublishProgress last = reports[^1];
        Assert.Equal(DumpType.Labels, last.Type);
        Assert.Equal(last.RecordsRead, last.RecordsConfirmed);
        Assert.True(last.XmlBytes > 0);
        Assert.Equal(new FileInfo(SharedData.SampleFile(DumpType.Labels)).Length, last.SourceBytes);
        Assert.All(reports, r => Assert.InRange(r.SourceBytes, 0, last.SourceBytes));
    }

    private void WriteMarker(DumpType type, long lastConfirmedOrdinal, string status, long? size = null)
    {
        var file = new FileInfo(SharedData.SampleFile(type));
        string? sha = Discogsography.Pipeline.Extraction.Publishing.DumpFolder.ChecksumsOf(SharedData.SampleFolder, SharedData.SampleVersion).GetValueOrDefault(file.Name);
        string json = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["file"] = file.Name,
            ["size"] = size ?? file.Length,
            ["last_write_utc"] = new DateTimeOffset(file.LastWriteTimeUtc),
            ["published_sha256"] = sha,
            ["status"] = status,
            ["last_confirmed_ordinal"] = lastConfirmedOrdinal,
            ["records_published"] = lastConfirmedOrdinal + 1,
            ["started_at"] = DateTimeOffset.UnixEpoch,
            ["updated_at"] = DateTimeOffset.UnixEpoch,
        });
        File.WriteAllText(MarkerPath(type), json);
    }

    private sealed class SynchronousProgress(Action<DumpPublishProgress> report) : IProgress<DumpPublishProgress>
    {
        public void Report(DumpPublishProgress value) => report(value);
    }
}
