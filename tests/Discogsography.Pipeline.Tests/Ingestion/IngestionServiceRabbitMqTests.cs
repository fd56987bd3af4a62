using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.Messages;
using Discogsography.Pipeline.Ingestion;
using Discogsography.Pipeline.Tests.Bus;
using Discogsography.Pipeline.Tests.Bus.RabbitMq;
using RabbitMQ.Client;

namespace Discogsography.Pipeline.Tests.Ingestion;

/// <summary>The ingestion consumers on a real RabbitMQ (quorum queues, broker-side dead-letter queues); not run without AMQP_CONNECTION.</summary>
public sealed class IngestionServiceRabbitMqTests
{
    private static long[] Ids(int from, int count) => [.. Enumerable.Range(from, count).Select(i => (long)i)];

    private static async Task<uint> ReadyAsync(string queue)
    {
        await using IConnection connection = await RabbitMqScope.ConnectDirectAsync();
        await using IChannel channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    [RabbitMqFact]
    public async Task PoisonRecord_GoesToTheDeadLetterQueueWithItsReason_NeighboursAreStored()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        var writer = new ScriptedCatalogWriter(scope.Options.Consumers[0]);
        writer.PoisonIds.Add(23);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(scope.Bus, writer);
        var deadLetters = new DeliveryInbox();
        await using IBusSubscription dlq = await scope.Bus.SubscribeAsync(harness.QueueOf(DumpType.Releases) + ".dlq", deadLetters.Handler, CancellationToken.None);

        for (int m = 0; m < 3; m++)
        {
            await harness.PublishAsync(DumpType.Releases, IngestionMessages.Data(DumpType.Releases, Ids(1 + (m * 10), 10)));
        }

        BusDelivery poison = await deadLetters.NextAsync();
        await writer.WaitUntilAsync(() => writer.Count(DumpType.Releases) == 29);
        await harness.StopAsync();

        Assert.DoesNotContain(23L, writer.Snapshot(DumpType.Releases).Keys);
        Assert.Equal("23", poison.Headers[DeadLetterHeaders.RecordId]);
        Assert.Equal(writer.StoreName, poison.Headers[DeadLetterHeaders.Store]);
        Assert.Equal("releases", poison.Headers[DeadLetterHeaders.DataType]);
        Assert.Contains("InvalidRecordException: record 23", poison.Headers[DeadLetterHeaders.Reason], StringComparison.Ordinal);
        Assert.Equal(23, Assert.Single(Assert.IsType<DataBatchMessage>(BusMessageReader.Read(poison.Body)).Records).Id);
        Assert.Equal(0u, await ReadyAsync(harness.QueueOf(DumpType.Releases)));
    }

    [RabbitMqFact]
    public async Task TransientOutage_IsRetriedWithoutDeadLettering()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        var writer = new ScriptedCatalogWriter(scope.Options.Consumers[0]);
        writer.FailNextWrites(3);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(scope.Bus, writer);

        await harness.PublishAsync(DumpType.Masters, IngestionMessages.Data(DumpType.Masters, Ids(1, 30)));
        await writer.WaitUntilAsync(() => writer.Count(DumpType.Masters) == 30);
        await harness.StopAsync();

        Assert.Equal(4, writer.WriteCalls.Count);
        Assert.Equal(0u, await ReadyAsync(harness.QueueOf(DumpType.Masters) + ".dlq"));
        Assert.Equal(0u, await ReadyAsync(harness.QueueOf(DumpType.Masters)));
    }

    [RabbitMqFact]
    public async Task StopBetweenCommitAndAck_BrokerRedeliversAndTheBatchIsSkippedAsUnchanged()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        var writer = new ScriptedCatalogWriter(scope.Options.Consumers[0]) { HoldAfterCommit = new TaskCompletionSource() };
        IngestionHarness first = await IngestionHarness.StartAsync(scope.Bus, writer);
        await first.PublishAsync(DumpType.Labels, IngestionMessages.Data(DumpType.Labels, Ids(1, 30)));
        await writer.Committed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await first.DisposeAsync();
        IReadOnlyDictionary<long, string> committed = writer.Snapshot(DumpType.Labels);

        writer.HoldAfterCommit = null;
        await using IngestionHarness second = await IngestionHarness.StartAsync(scope.Bus, writer);
        await writer.WaitUntilAsync(() => writer.Results.Count == 1);
        await second.StopAsync();

        Assert.Equal(new WriteBatchResult(0, 30), Assert.Single(writer.Results));
        Assert.Equal(committed, writer.Snapshot(DumpType.Labels));
        Assert.Equal(0u, await ReadyAsync(second.QueueOf(DumpType.Labels)));
    }

    [RabbitMqFact]
    public async Task ExtractionComplete_OnAllFourQueues_RunsPostImportOnce()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        var writer = new ScriptedCatalogWriter(scope.Options.Consumers[0]);
        await using IngestionHarness harness = await IngestionHarness.StartAsync(scope.Bus, writer);

        foreach (DumpType type in DumpTypeExtensions.All)
        {
            await harness.PublishAsync(type, IngestionMessages.Data(type, Ids(1, 10)));
            await harness.PublishAsync(type, IngestionMessages.FileComplete(type, 10));
            await harness.PublishAsync(type, IngestionMessages.ExtractionComplete());
        }

        await writer.PostImportRan.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("20200806", Assert.Single(writer.PostImports).Version);
        Assert.All(DumpTypeExtensions.All, t => Assert.Equal(10, writer.Count(t)));
    }
}
