using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.InProcess;
using Discogsography.Pipeline.Bus.Messages;
using Discogsography.Pipeline.Ingestion;
using Discogsography.Stores.Sql;
using Discogsography.Stores.Sql.Catalog;
using Discogsography.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Discogsography.Integration.Tests.Ingestion;

/// <summary>The ingestion consumers with the real SQLite writer on the in-process bus: a refused record and a locked database.</summary>
public sealed class InProcessSqliteIngestionTests
{
    private const string Store = "sql";

    private sealed class Rig : IAsyncDisposable
    {
        private Rig(IntegrationDatabase database, ServiceProvider services, InProcessBus bus, ObservedWriter writer, IngestionService ingestion)
        {
            Database = database;
            Services = services;
            Bus = bus;
            Writer = writer;
            Ingestion = ingestion;
        }

        public IntegrationDatabase Database { get; }

        public ServiceProvider Services { get; }

        public InProcessBus Bus { get; }

        public ObservedWriter Writer { get; }

        public IngestionService Ingestion { get; }

        public string ReleasesQueue => BusTopology.QueueName(Store, "releases");

        public static async Task<Rig> StartAsync()
        {
            var database = await IntegrationDatabase.CreateAsync(SqlProvider.Sqlite);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sql:Provider"] = nameof(SqlProvider.Sqlite),
                ["Sql:ConnectionString"] = database.ConnectionString + ";Default Timeout=1",
            }).Build();
            var services = new ServiceCollection().AddLogging().AddSqlStore(configuration).AddSqlCatalog().BuildServiceProvider();
            var bus = new InProcessBus(new BusOptions { Consumers = [Store] }, NullLogger<InProcessBus>.Instance);
            var writer = new ObservedWriter(services.GetRequiredService<SqlCatalogWriter>(), Store);
            var options = new IngestionOptions { BatchRecords = 50, FlushInterval = TimeSpan.FromMilliseconds(50), RetryDelay = TimeSpan.FromMilliseconds(100), RetryDelayMax = TimeSpan.FromMilliseconds(400) };
            var ingestion = new IngestionService(bus, [writer], Options.Create(options), TimeProvider.System, NullLoggerFactory.Instance);
            await ingestion.StartAsync(CancellationToken.None);
            await ingestion.Consuming.WaitAsync(TimeSpan.FromMinutes(1));
            return new Rig(database, services, bus, writer, ingestion);
        }

        public async Task PublishAsync(byte[] body)
        {
            await using var publisher = await Bus.OpenPublisherAsync("test", CancellationToken.None);
            await publisher.PublishAsync(BusTopology.RoutingKey("releases"), body, CancellationToken.None);
        }

        public async ValueTask DisposeAsync()
        {
            await Ingestion.StopAsync(CancellationToken.None);
            Ingestion.Dispose();
            await Services.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    /// <summary>A data message of the first ten sample releases; the entry at <paramref name="mislabelled"/> claims another id.</summary>
    private static byte[] TenReleases(int? mislabelled = null)
    {
        var entries = SharedData.ReadAll(DumpType.Releases).Take(10).Select((record, index) =>
            $$"""{"id":{{(index == mislabelled ? 999_999_999 : record.Id)}},"sha256":"{{record.Sha256}}","record":{{Encoding.UTF8.GetString(record.Json.Span)}}}""");
        return Encoding.UTF8.GetBytes($$"""{"type":"data","dataType":"releases","records":[{{string.Join(",", entries)}}]}""");
    }

    [SharedDataFact]
    public async Task RecordTheStoreRefuses_GoesToTheDeadLetterQueueWithItsReason_NeighboursAreStored()
    {
        await using var rig = await Rig.StartAsync();
        var deadLetters = new TaskCompletionSource<BusDelivery>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var dlq = await rig.Bus.SubscribeAsync(rig.ReleasesQueue + ".dlq", (delivery, _) =>
        {
            deadLetters.TrySetResult(delivery);
            return Task.CompletedTask;
        }, CancellationToken.None);

        await rig.PublishAsync(TenReleases(mislabelled: 3));
        var poison = await deadLetters.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await rig.Writer.WaitForWriteAsync();

        var expectedIds = SharedData.ReadAll(DumpType.Releases).Take(10).Select(r => r.Id).Where((_, index) => index != 3).Select(id => $"{id}");
        Assert.Equal(expectedIds.Order(StringComparer.Ordinal), (await rig.Database.RowsAsync("SELECT id FROM releases WHERE is_placeholder = FALSE")).Order(StringComparer.Ordinal));
        Assert.Equal("999999999", poison.Headers[DeadLetterHeaders.RecordId]);
        Assert.Contains("InvalidRecordException", poison.Headers[DeadLetterHeaders.Reason], StringComparison.Ordinal);
        Assert.Equal(999_999_999, Assert.Single(Assert.IsType<DataBatchMessage>(BusMessageReader.Read(poison.Body)).Records).Id);
    }

    [SharedDataFact]
    public async Task DatabaseLockedByAnotherWriter_IsRetriedUntilFree_NothingDeadLettered()
    {
        await using var rig = await Rig.StartAsync();
        await using (var locker = new SqliteConnection(rig.Database.ConnectionString))
        {
            await locker.OpenAsync();
            await using var transaction = locker.BeginTransaction(deferred: false);
            await using (var write = locker.CreateCommand())
            {
                write.CommandText = "UPDATE dump_processing SET retry_count = retry_count";
                await write.ExecuteNonQueryAsync();
            }

            await rig.PublishAsync(TenReleases());
            await rig.Writer.TransientFailure.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await transaction.RollbackAsync();
        }

        await rig.Writer.WaitForWriteAsync();

        Assert.True(rig.Writer.TransientFailures >= 1);
        Assert.Equal(10, (await rig.Database.RowsAsync("SELECT id FROM releases WHERE is_placeholder = FALSE")).Count);
        Assert.Equal(0, rig.Bus.ReadyCount(rig.ReleasesQueue + ".dlq"));
    }
}
