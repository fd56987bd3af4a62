using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.Messages;
using Discogsography.Pipeline.Extraction.Publishing;
using Discogsography.Pipeline.Extraction.Scheduling;
using Discogsography.Pipeline.Tests.Bus.RabbitMq;
using Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;
using Discogsography.Pipeline.Tests.Extraction.Publishing;
using Discogsography.Stores.Sql;
using Discogsography.Stores.Sql.Migrations;
using Discogsography.Stores.Sql.Tracking;
using Discogsography.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Pipeline.Tests.Extraction;

/// <summary>
/// The extractor end to end, wired as the host wires it (<c>AddSqlStore</c>, <c>AddDumpPublishing</c>,
/// <c>AddDumpScheduler</c>): a loopback data site serves the real 2020-08 sample month with its real CHECKSUM
/// file; one scheduler check discovers, downloads, verifies and publishes it, tracked in SQLite.
/// </summary>
public sealed class ExtractionEndToEndTests : IDisposable
{
    private readonly DirectoryInfo _workspace = Directory.CreateTempSubdirectory("extraction-e2e-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _workspace.Delete(recursive: true);
    }

    [SharedDataFact("AMQP_CONNECTION")]
    public async Task TriggerAsync_DataSiteAndRabbitMq_TracksCompletionAndTheConsumerSeesEveryRecordThenFileAndExtractionComplete()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        await RunCheckAndVerifyAsync(new Dictionary<string, string?>
        {
            ["AMQP_CONNECTION"] = RabbitMqFactAttribute.Connection,
            ["Bus:Exchange"] = scope.Options.Exchange,
            ["Bus:Consumers:0"] = scope.Options.Consumers[0],
            ["Bus:BatchRecords"] = "100",
        });
    }

    [SharedDataFact]
    public async Task TriggerAsync_DataSiteAndInProcessBus_TracksCompletionAndTheConsumerSeesEveryRecordThenFileAndExtractionComplete()
    {
        await RunCheckAndVerifyAsync(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = nameof(BusTransport.InProcess),
            ["Bus:BatchRecords"] = "100",
        });
    }

    private async Task RunCheckAndVerifyAsync(Dictionary<string, string?> busSettings)
    {
        await using FakeDumpSite site = await FakeDumpSite.StartAsync(TimeProvider.System);
        site.AddSamples();
        string downloads = Path.Combine(_workspace.FullName, "dumps");
        var settings = new Dictionary<string, string?>(busSettings)
        {
            ["Sql:Provider"] = nameof(SqlProvider.Sqlite),
            ["Sql:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_workspace.FullName, "tracking.db"), Pooling = false }.ToString(),
            ["Dumps:BaseUrl"] = site.BaseUri.ToString(),
            ["Dumps:Root"] = downloads,
            ["Dumps:MinimumRequestInterval"] = "00:00:00",
        };
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using ServiceProvider services = new ServiceCollection()
            .AddLogging()
            .AddSqlStore(configuration)
            .AddDumpPublishing(configuration)
            .AddDumpScheduler(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        IMessageBus bus = services.GetRequiredService<IMessageBus>();
        await bus.DeclareTopologyAsync(CancellationToken.None);
        await using BusRecorder recorder = await BusRecorder.StartAsync(bus, bus.Topology.Consumers[0]);

        DumpCheckOutcome outcome = await services.GetRequiredService<IDumpUpdateTrigger>().TriggerAsync(CancellationToken.None);

        Assert.Equal(DumpCheckOutcome.Processed, outcome);
        IReadOnlyDictionary<string, string> published = SharedData.SampleChecksums();
        DumpProcessingRecord? record = await services.GetRequiredService<IDumpTrackingStore>().FindAsync("2020-08", CancellationToken.None);
        Assert.NotNull(record);
        Assert.Equal(DumpStatus.Completed, record.Status);
        Assert.Equal(SharedData.SampleVersion, record.DumpVersion);
        Assert.Equal(published.OrderBy(p => p.Key, StringComparer.Ordinal), record.Checksums.OrderBy(p => p.Key, StringComparer.Ordinal));
        foreach (DumpType type in DumpTypeExtensions.All)
        {
            string name = SharedData.SampleFileName(type);
            Assert.Single(site.DownloadsOf(name));
            Assert.True(File.Exists(Path.Combine(downloads, name)));

            HashSet<long> expected = [.. SharedData.ReadAll(type).Select(r => r.Id)];
            Assert.Equal(expected.Count, record.Statistics[type.FileToken()]);
            Assert.Equal(0, record.Statistics[type.FileToken() + "_malformed"]);

            List<BusMessage> messages = await recorder.ReadUntilAsync(type, m => m is ExtractionCompleteMessage);
            Assert.Equal(expected, messages.OfType<DataBatchMessage>().SelectMany(m => m.Records).Select(r => r.Id).ToHashSet());
            FileCompleteMessage complete = Assert.IsType<FileCompleteMessage>(messages[^2]);
            Assert.Equal(name, complete.File);
            Assert.Equal(published[name], complete.FileSha256);
            Assert.Equal(expected.Count, complete.TotalRecords);
            ExtractionCompleteMessage extraction = Assert.IsType<ExtractionCompleteMessage>(messages[^1]);
            Assert.Equal(SharedData.SampleVersion, extraction.Version);
            Assert.Equal(expected.Count, extraction.RecordCounts[type]);
        }
    }
}
