using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.InProcess;
using Discogsography.Pipeline.Bus.Messages;
using Discogsography.Pipeline.Ingestion;
using Discogsography.Pipeline.Tests.Bus;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Tests.Ingestion;

/// <summary>The ingestion consumers over the in-process bus with a scripted store.</summary>
public sealed class IngestionServiceTests
{
    private const string Store = "scripted";

    private static InProcessBus CreateBus() =>
        new(new BusOptions { Consumers = [Store], Prefetch = 4 }, NullLogger<InProcessBus>.Instance);

    private static long[] Ids(int from, int count) => [.. Enumerable.Range(from, count).Select(i => (long)i)];

    [Fact]
    public async Task DataMessages_GatheredIntoOneWrite_AcknowledgedAfterTheCommit()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(bus, writer, IngestionHarness.FastOptions(batchRecords: 30));
        writer.HoldWrites = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        for (int m = 0; m < 3; m++)
        {
            await harness.PublishAsync(DumpType.Artists, IngestionMessages.Data(DumpType.Artists, Ids(1 + (m * 10), 10)));
        }

        await writer.WriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        writer.HoldWrites.SetResult();
        await writer.WaitUntilAsync(() => writer.Count(DumpType.Artists) == 30);
        await harness.StopAsync();

        Assert.Equal([(DumpType.Artists, 30)], writer.WriteCalls);
        Assert.Equal(0, bus.ReadyCount(harness.QueueOf(DumpType.Artists)));
        Assert.Equal(writer.Snapshot(DumpType.Artists)[7], IngestionMessages.Sha256(IngestionMessages.Json(7)) + " " + IngestionMessages.Json(7));
    }

    [Fact]
    public async Task Stop_DuringAWrite_CancelsItAndEveryDeliveryReturnsToTheQueue()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store) { HoldWrites = new TaskCompletionSource() };
        IngestionHarness harness = await IngestionHarness.StartAsync(bus, writer);
        for (int m = 0; m < 3; m++)
        {
            await harness.PublishAsync(DumpType.Labels, IngestionMessages.Data(DumpType.Labels, Ids(1 + (m * 10), 10)));
        }

        await writer.WriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await harness.DisposeAsync();

        Assert.Equal(0, writer.Count(DumpType.Labels));
        Assert.Equal(3, bus.ReadyCount(harness.QueueOf(DumpType.Labels)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PoisonRecord_GoesToTheDeadLetterQueueWithItsReason_NeighboursAreStored(bool storeNamesTheRecord)
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store) { NamePoisonRecord = storeNamesTheRecord };
        writer.PoisonIds.Add(17);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(bus, writer);
        var deadLetters = new DeliveryInbox();
        await using IBusSubscription dlq = await bus.SubscribeAsync(harness.QueueOf(DumpType.Releases) + ".dlq", deadLetters.Handler, CancellationToken.None);

        for (int m = 0; m < 3; m++)
        {
            await harness.PublishAsync(DumpType.Releases, IngestionMessages.Data(DumpType.Releases, Ids(1 + (m * 10), 10)));
        }

        BusDelivery poison = await deadLetters.NextAsync();
        await writer.WaitUntilAsync(() => writer.Count(DumpType.Releases) == 29);
        await harness.StopAsync();

        Assert.Equal([.. Ids(1, 30).Where(id => id != 17)], writer.Snapshot(DumpType.Releases).Keys.Order());
        Assert.Equal("17", poison.Headers[DeadLetterHeaders.RecordId]);
        Assert.Equal(Store, poison.Headers[DeadLetterHeaders.Store]);
        Assert.Equal("releases", poison.Headers[DeadLetterHeaders.DataType]);
        Assert.Contains("record 17 has a value the store rejects", poison.Headers[DeadLetterHeaders.Reason], StringComparison.Ordinal);
        DataBatchMessage body = Assert.IsType<DataBatchMessage>(BusMessageReader.Read(poison.Body));
        DataRecordEntry only = Assert.Single(body.Records);
        Assert.Equal(17, only.Id);
        Assert.Equal(IngestionMessages.Json(17), Encoding.UTF8.GetString(only.Record.Span));
        Assert.Equal(0, bus.ReadyCount(harness.QueueOf(DumpType.Releases)));
        Assert.False(deadLetters.TryTake(out _));
    }

    [Fact]
    public async Task TransientOutage_IsRetriedWithoutDeadLettering()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store);
        writer.FailNextWrites(3);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(bus, writer);

        await harness.PublishAsync(DumpType.Masters, IngestionMessages.Data(DumpType.Masters, Ids(1, 30)));
        await writer.WaitUntilAsync(() => writer.Count(DumpType.Masters) == 30);
        await harness.StopAsync();

        Assert.Equal(4, writer.WriteCalls.Count);
        Assert.Equal(0, bus.ReadyCount(harness.QueueOf(DumpType.Masters) + ".dlq"));
        Assert.Equal(0, bus.ReadyCount(harness.QueueOf(DumpType.Masters)));
    }

    [Fact]
    public async Task Redelivery_OfAWrittenBatch_ChangesNothing()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(bus, writer, IngestionHarness.FastOptions(batchRecords: 20));
        byte[] batch = IngestionMessages.Data(DumpType.Artists, Ids(1, 20));

        await harness.PublishAsync(DumpType.Artists, batch);
        await writer.WaitUntilAsync(() => writer.WriteCalls.Count == 1);
        IReadOnlyDictionary<long, string> before = writer.Snapshot(DumpType.Artists);
        await harness.PublishAsync(DumpType.Artists, batch);
        await writer.WaitUntilAsync(() => writer.WriteCalls.Count == 2);

        Assert.Equal(before, writer.Snapshot(DumpType.Artists));
    }

    [Fact]
    public async Task StopBetweenCommitAndAck_RedeliveredBatchIsSkippedAsUnchanged()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store) { HoldAfterCommit = new TaskCompletionSource() };
        IngestionHarness first = await IngestionHarness.StartAsync(bus, writer);
        await first.PublishAsync(DumpType.Artists, IngestionMessages.Data(DumpType.Artists, Ids(1, 30)));
        await writer.Committed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await first.DisposeAsync();
        IReadOnlyDictionary<long, string> committed = writer.Snapshot(DumpType.Artists);
        Assert.Equal(1, bus.ReadyCount(first.QueueOf(DumpType.Artists)));

        writer.HoldAfterCommit = null;
        await using IngestionHarness second = await IngestionHarness.StartAsync(bus, writer);
        await writer.WaitUntilAsync(() => writer.Results.Count == 1);
        await second.StopAsync();

        Assert.Equal(new WriteBatchResult(0, 30), Assert.Single(writer.Results));
        Assert.Equal(committed, writer.Snapshot(DumpType.Artists));
        Assert.Equal(0, bus.ReadyCount(second.QueueOf(DumpType.Artists)));
    }

    [Fact]
    public async Task ChangedRecord_ReplacesTheStoredOne()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(bus, writer, IngestionHarness.FastOptions(batchRecords: 5));

        await harness.PublishAsync(DumpType.Labels, IngestionMessages.Data(DumpType.Labels, Ids(1, 5)));
        await harness.PublishAsync(DumpType.Labels, IngestionMessages.Data(DumpType.Labels, [3], suffix: " (renamed)"));
        await writer.WaitUntilAsync(() => writer.WriteCalls.Count == 2);

        Assert.EndsWith(IngestionMessages.Json(3, " (renamed)"), writer.Snapshot(DumpType.Labels)[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableMessage_GoesToTheDeadLetterQueue_LaterDataIsStored()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(bus, writer);
        var deadLetters = new DeliveryInbox();
        await using IBusSubscription dlq = await bus.SubscribeAsync(harness.QueueOf(DumpType.Artists) + ".dlq", deadLetters.Handler, CancellationToken.None);

        await harness.PublishAsync(DumpType.Artists, Encoding.UTF8.GetBytes("""{"type":"mystery"}"""));
        await harness.PublishAsync(DumpType.Artists, IngestionMessages.Data(DumpType.Artists, Ids(1, 30)));
        BusDelivery refused = await deadLetters.NextAsync();
        await writer.WaitUntilAsync(() => writer.Count(DumpType.Artists) == 30);

        Assert.Equal("""{"type":"mystery"}""", DeliveryInbox.Text(refused));
        Assert.Contains("mystery", refused.Headers[DeadLetterHeaders.Reason], StringComparison.Ordinal);
        Assert.False(refused.Headers.ContainsKey(DeadLetterHeaders.RecordId));
    }

    [Fact]
    public async Task ExtractionComplete_OnAllFourQueues_RunsPostImportOnceAfterTheData()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(bus, writer, IngestionHarness.FastOptions(flushInterval: TimeSpan.FromMinutes(1)));

        foreach (DumpType type in DumpTypeExtensions.All)
        {
            await harness.PublishAsync(type, IngestionMessages.Data(type, Ids(1, 10)));
            await harness.PublishAsync(type, IngestionMessages.FileComplete(type, 10));
        }

        // The second copy of extraction_complete (a resumed publisher may send it again) must not run the jobs twice.
        foreach (DumpType type in DumpTypeExtensions.All.Concat(DumpTypeExtensions.All))
        {
            await harness.PublishAsync(type, IngestionMessages.ExtractionComplete());
        }

        await writer.PostImportRan.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await writer.WaitUntilAsync(() => DumpTypeExtensions.All.All(t => bus.ReadyCount(harness.QueueOf(t)) == 0));
        await harness.StopAsync();

        PostImportRequest request = Assert.Single(writer.PostImports);
        Assert.Equal("20200806", request.Version);
        Assert.False(request.AnythingDeadLettered);
        Assert.Equal(30, request.RecordCounts[DumpType.Releases]);
        // Each type's ten records were written before its extraction_complete was handled, though the flush interval had not passed.
        Assert.All(DumpTypeExtensions.All, t => Assert.Equal(10, writer.Count(t)));
    }

    [Fact]
    public async Task ExtractionComplete_IsAcknowledgedOnlyAfterPostImport_SoARestartSeesAllFourAgain()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store);
        IngestionHarness first = await IngestionHarness.StartAsync(bus, writer);
        DumpType[] early = [DumpType.Artists, DumpType.Labels, DumpType.Masters];
        foreach (DumpType type in early)
        {
            await first.PublishAsync(type, IngestionMessages.Data(type, Ids(1, 10)));
            await first.PublishAsync(type, IngestionMessages.ExtractionComplete());
        }

        await writer.WaitUntilAsync(() => early.All(t => writer.Count(t) == 10));
        await first.DisposeAsync();
        Assert.All(early, t => Assert.Equal(1, bus.ReadyCount(first.QueueOf(t))));
        Assert.Empty(writer.PostImports);

        await using IngestionHarness second = await IngestionHarness.StartAsync(bus, writer);
        await second.PublishAsync(DumpType.Releases, IngestionMessages.ExtractionComplete());
        await writer.PostImportRan.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await writer.WaitUntilAsync(() => DumpTypeExtensions.All.All(t => bus.ReadyCount(second.QueueOf(t)) == 0));
        await second.StopAsync();

        Assert.Single(writer.PostImports);
        Assert.All(DumpTypeExtensions.All, t => Assert.Equal(0, bus.ReadyCount(second.QueueOf(t))));
    }

    [Fact]
    public async Task ExtractionComplete_OfANewRunOfTheSameVersion_RunsPostImportAgain()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(bus, writer);
        DateTimeOffset secondRun = DateTimeOffset.UnixEpoch.AddDays(1);

        foreach (DateTimeOffset startedAt in new[] { DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, secondRun })
        {
            foreach (DumpType type in DumpTypeExtensions.All)
            {
                await harness.PublishAsync(type, IngestionMessages.ExtractionComplete(startedAt: startedAt));
            }
        }

        await writer.WaitUntilAsync(() => writer.PostImports.Count == 2 && DumpTypeExtensions.All.All(t => bus.ReadyCount(harness.QueueOf(t)) == 0));
        await harness.StopAsync();

        Assert.Equal([DateTimeOffset.UnixEpoch, secondRun], writer.PostImports.Select(p => p.StartedAt));
    }

    [Fact]
    public async Task ExtractionComplete_AfterADeadLetter_TellsPostImport()
    {
        InProcessBus bus = CreateBus();
        var writer = new ScriptedCatalogWriter(Store) { NamePoisonRecord = true };
        writer.PoisonIds.Add(5);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(bus, writer);

        foreach (DumpType type in DumpTypeExtensions.All)
        {
            await harness.PublishAsync(type, IngestionMessages.Data(type, Ids(1, 10)));
            await harness.PublishAsync(type, IngestionMessages.ExtractionComplete());
        }

        await writer.PostImportRan.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(Assert.Single(writer.PostImports).AnythingDeadLettered);
    }

    [Fact]
    public async Task Start_WithAStoreTheBusDoesNotDeclare_Fails()
    {
        InProcessBus bus = CreateBus();
        using var service = new IngestionService(bus, [new ScriptedCatalogWriter("elsewhere")], Options.Create(IngestionHarness.FastOptions()), TimeProvider.System, NullLoggerFactory.Instance);

        await service.StartAsync(CancellationToken.None);

        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => service.Consuming);
        Assert.Contains("elsewhere", failure.Message, StringComparison.Ordinal);
    }
}
