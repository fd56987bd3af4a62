using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Extraction.Publishing;
using Discogsography.Pipeline.Ingestion;
using Discogsography.Stores.Sql;
using Discogsography.Stores.Sql.Catalog;
using Discogsography.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Discogsography.Integration.Tests.Ingestion;

/// <summary>
/// The real 2020 samples extracted and published to RabbitMQ, consumed by the ingestion service into the relational
/// catalog (SQLite, PostgreSQL): exact counts and chosen records; the same month ingested twice leaves the store identical.
/// </summary>
public sealed class BusIngestionTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("discogsography-e2e-bus-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [SharedDataFact("AMQP_CONNECTION")]
    public Task SampleMonth_ThroughRabbitMqIntoSqlite_StoredExactlyAndIdempotently() => RunAsync(SqlProvider.Sqlite);

    [SharedDataFact("AMQP_CONNECTION", IntegrationDatabase.PostgresVariable)]
    public Task SampleMonth_ThroughRabbitMqIntoPostgres_StoredExactlyAndIdempotently() => RunAsync(SqlProvider.Postgres);

    private async Task RunAsync(SqlProvider provider)
    {
        await using var database = await IntegrationDatabase.CreateAsync(provider);
        var id = Guid.NewGuid().ToString("N")[..12];
        var store = "sql" + id;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sql:Provider"] = provider.ToString(),
            ["Sql:ConnectionString"] = database.ConnectionString,
            ["Bus:Transport"] = nameof(BusTransport.RabbitMq),
            ["Bus:Connection"] = Environment.GetEnvironmentVariable("AMQP_CONNECTION"),
            ["Bus:Exchange"] = "e2e-" + id,
            ["Bus:Consumers:0"] = store,
            ["Bus:BatchRecords"] = "100",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSqlStore(configuration).AddSqlCatalog().AddMessageBus(configuration).BuildServiceProvider();
        var bus = services.GetRequiredService<IMessageBus>();
        var writer = new ObservedWriter(services.GetRequiredService<SqlCatalogWriter>(), store);
        var ingestion = new IngestionService(bus, [writer], Options.Create(new IngestionOptions { BatchRecords = 250, FlushInterval = TimeSpan.FromMilliseconds(100) }),
            TimeProvider.System, NullLoggerFactory.Instance);
        try
        {
            await ingestion.StartAsync(CancellationToken.None);
            await ingestion.Consuming.WaitAsync(TimeSpan.FromMinutes(1));

            // First ingestion of the month.
            await PublishMonthAsync(bus, services, "first");
            await writer.WaitForPostImportAsync();
            var statistics = services.GetRequiredService<ICatalogStatistics>();
            Assert.Equal(SampleExpectations.Counts, await statistics.GetCountsAsync(CancellationToken.None));
            await SampleExpectations.AssertReleaseOneAsync(database);
            var first = await database.DumpCatalogAsync();

            // The same month again, from scratch (new publishing markers): every record is delivered a second time.
            await PublishMonthAsync(bus, services, "second");
            await writer.WaitForPostImportAsync();

            Assert.Equal(SampleExpectations.Counts, await statistics.GetCountsAsync(CancellationToken.None));
            var second = await database.DumpCatalogAsync();
            Assert.Equal(first.Keys, second.Keys);
            Assert.All(first.Keys, table => Assert.True(first[table].SequenceEqual(second[table]), $"table {table} changed on the second ingestion"));
            Assert.Equal(2, writer.PostImports.Count);
            Assert.All(writer.PostImports, request => Assert.False(request.AnythingDeadLettered));
        }
        finally
        {
            await ingestion.StopAsync(CancellationToken.None);
            ingestion.Dispose();
            await TeardownAsync(bus.Topology);
        }
    }

    private async Task PublishMonthAsync(IMessageBus bus, IServiceProvider services, string run)
    {
        var publisher = new DumpPublisher(bus, services.GetRequiredService<IOptions<BusOptions>>(),
            Options.Create(new DumpPublisherOptions { StateDirectory = Path.Combine(_work, run) }), TimeProvider.System, NullLogger<DumpPublisher>.Instance);
        var result = await publisher.PublishFolderAsync(SharedData.SampleFolder, null, DumpReaderOptions.Default, null, CancellationToken.None);
        Assert.True(result.ExtractionCompleteSent);
    }

    private static async Task TeardownAsync(BusTopology topology)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(Environment.GetEnvironmentVariable("AMQP_CONNECTION")!) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var queue in topology.Queues)
        {
            await channel.QueueDeleteAsync(queue.Name, ifUnused: false, ifEmpty: false);
            await channel.QueueDeleteAsync(queue.DeadLetterQueue, ifUnused: false, ifEmpty: false);
            await channel.ExchangeDeleteAsync(queue.DeadLetterExchange, ifUnused: false);
        }

        await channel.ExchangeDeleteAsync(topology.Exchange, ifUnused: false);
    }
}
