using Discogsography.Catalog.ContractTests;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql.Catalog;
using Discogsography.Stores.Sql.Explore;
using Discogsography.Stores.Sql.Migrations;
using Discogsography.Stores.Sql.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discogsography.Stores.Sql.Tests.Explore;

/// <summary>
/// A fresh database of one provider holding the real sample, written by <see cref="SqlCatalogWriter"/> with the
/// post-import run, and the explore readers over it. Left empty (tests skip) when the samples or the server are absent.
/// </summary>
public abstract class SqlExploreFixture(SqlProvider provider) : IExploreContractFixture, IAsyncLifetime
{
    private TestDatabase? _testDatabase;
    private SqlDatabase? _database;
    private ServiceProvider? _services;
    private ExploreStores? _stores;

    public ExploreStores Stores => _stores ?? throw new InvalidOperationException("The fixture was not loaded (samples or server absent).");

    public SampleGraph Sample => SampleGraph.Load();

    public SqlDatabase Database => _database ?? throw new InvalidOperationException("The fixture was not loaded.");

    internal TestDatabase TestDatabase => _testDatabase ?? throw new InvalidOperationException("The fixture was not loaded.");

    public async Task InitializeAsync()
    {
        bool postgresMissing = provider == SqlProvider.Postgres
            && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable));
        if (!SampleGraph.IsAvailable || postgresMissing)
        {
            return;
        }

        _testDatabase = await TestDatabase.CreateAsync(provider);
        _database = _testDatabase.Open();
        var migrator = new SchemaMigrator(_database, TimeProvider.System, NullLogger<SchemaMigrator>.Instance);
        var writer = new SqlCatalogWriter(_database, migrator, TimeProvider.System, NullLogger<SqlCatalogWriter>.Instance);
        await writer.PrepareAsync(CancellationToken.None);
        var counts = new Dictionary<DumpType, long>();
        foreach (DumpType type in new[] { DumpType.Artists, DumpType.Labels, DumpType.Masters, DumpType.Releases })
        {
            List<DumpRecord> records = Sample.Dump[type];
            counts[type] = records.Count;
            foreach (DumpRecord[] chunk in records.Chunk(250))
            {
                await writer.WriteAsync(type, [.. chunk.Select(record => new IngestRecord(record.Id, record.Sha256, record.Json))], CancellationToken.None);
            }
        }

        await writer.RunPostImportAsync(new PostImportRequest(SampleGraph.Version, DateTimeOffset.UnixEpoch, counts, false), CancellationToken.None);
        _services = new ServiceCollection().AddSingleton(_database).AddSqlExplore().BuildServiceProvider();
        _stores = new ExploreStores(
            _services.GetRequiredService<IEntityReader>(),
            _services.GetRequiredService<IExploreReader>(),
            _services.GetRequiredService<ISearchReader>(),
            _services.GetRequiredService<IPathFinder>(),
            _services.GetRequiredService<IGraphOverviewReader>());
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_testDatabase is not null)
        {
            await _testDatabase.DisposeAsync();
        }
    }
}

/// <summary>The sample in a temporary SQLite file.</summary>
public sealed class SqliteExploreFixture() : SqlExploreFixture(SqlProvider.Sqlite);

/// <summary>The sample in a new PostgreSQL database (when <c>DISCOGSOGRAPHY_TEST_POSTGRES</c> is set).</summary>
public sealed class PostgresExploreFixture() : SqlExploreFixture(SqlProvider.Postgres);
