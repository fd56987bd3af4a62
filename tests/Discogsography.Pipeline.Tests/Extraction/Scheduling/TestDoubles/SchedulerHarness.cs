using System.Security.Cryptography;
using System.Text;
using Discogsography.Pipeline.Extraction.Scheduling;
using Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;
using Discogsography.Stores.Sql;
using Discogsography.Stores.Sql.Migrations;
using Discogsography.Stores.Sql.Tracking;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Pipeline.Tests.Extraction.Scheduling.TestDoubles;

/// <summary>
/// The scheduler wired as the host wires it (<c>AddSqlStore</c> + <c>AddDumpScheduler</c>) over a local dump folder,
/// a SQLite tracking database, a manual clock and a recording processor.
/// </summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly DirectoryInfo _workspace;
    private readonly ServiceProvider _services;

    private SchedulerHarness(DirectoryInfo workspace, ServiceProvider services, ManualTimeProvider clock, RecordingProcessor processor)
    {
        _workspace = workspace;
        _services = services;
        Clock = clock;
        Processor = processor;
    }

    public ManualTimeProvider Clock { get; }

    public RecordingProcessor Processor { get; }

    public string DumpFolder => Path.Combine(_workspace.FullName, "dumps");

    public string DownloadRoot => Path.Combine(_workspace.FullName, "root");

    public IDumpTrackingStore Store => _services.GetRequiredService<IDumpTrackingStore>();

    public DumpUpdateScheduler Scheduler => _services.GetRequiredService<DumpUpdateScheduler>();

    public IDumpUpdateTrigger Trigger => _services.GetRequiredService<IDumpUpdateTrigger>();

    public static async Task<SchedulerHarness> CreateAsync(int maxRetries = 3, int retentionMonths = 2, bool checkAtStart = true)
    {
        var workspace = Directory.CreateTempSubdirectory("discogsography-scheduler-");
        Directory.CreateDirectory(Path.Combine(workspace.FullName, "dumps"));
        Directory.CreateDirectory(Path.Combine(workspace.FullName, "root"));
        var database = new SqliteConnectionStringBuilder { DataSource = Path.Combine(workspace.FullName, "tracking.db"), Pooling = false };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sql:Provider"] = nameof(SqlProvider.Sqlite),
            ["Sql:ConnectionString"] = database.ToString(),
            ["Dumps:LocalFolder"] = Path.Combine(workspace.FullName, "dumps"),
            ["Dumps:Root"] = Path.Combine(workspace.FullName, "root"),
            ["Dumps:RetentionMonths"] = retentionMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dumps:Schedule:PeriodicCheckDays"] = "15",
            ["Dumps:Schedule:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dumps:Schedule:CheckAtStart"] = checkAtStart ? "true" : "false",
        }).Build();
        var clock = new ManualTimeProvider(ManualTimeProvider.DefaultStart);
        var processor = new RecordingProcessor();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSqlStore(configuration)
            .AddDumpScheduler(configuration)
            .AddSingleton<IDumpProcessor>(processor)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return new SchedulerHarness(workspace, services, clock, processor);
    }

    /// <summary>Writes a complete month (four small data files and their CHECKSUM file) into the dump folder.</summary>
    public void PublishMonth(string version)
    {
        var lines = new StringBuilder();
        foreach (var type in new[] { "artists", "labels", "masters", "releases" })
        {
            var name = $"discogs_{version}_{type}.xml.gz";
            var content = Encoding.UTF8.GetBytes($"{type} of {version}");
            File.WriteAllBytes(Path.Combine(DumpFolder, name), content);
            lines.Append(Convert.ToHexStringLower(SHA256.HashData(content))).Append("  ").Append(name).Append('\n');
        }

        File.WriteAllText(Path.Combine(DumpFolder, $"discogs_{version}_CHECKSUM.txt"), lines.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _workspace.Delete(recursive: true);
    }
}
