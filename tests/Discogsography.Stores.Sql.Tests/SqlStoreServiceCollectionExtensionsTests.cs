using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql.Catalog;
using Discogsography.Stores.Sql.Tracking;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Sql.Tests;

public sealed class SqlStoreServiceCollectionExtensionsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("discogsography-host-");

    [Fact]
    public async Task AddSqlStore_HostStarts_MigratesBeforeTheStoreIsUsed()
    {
        var path = Path.Combine(_folder.FullName, "nested", "store.db");
        using var host = BuildHost(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());

        await host.StartAsync();
        var store = host.Services.GetRequiredService<IDumpTrackingStore>();
        var record = await store.EnsureAsync("2020-08", "20200806", CancellationToken.None);
        await host.StopAsync();

        Assert.True(File.Exists(path));
        Assert.Equal(DumpStatus.NotStarted, record.Status);
    }

    [Fact]
    public async Task AddSqlStore_EmptyConnectionString_FailsAtStart()
    {
        using var host = BuildHost(" ");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Sql:ConnectionString is required.", error.Failures);
    }

    [Fact]
    public async Task AddSqlCatalog_HostStarts_ResolvesOneWriterEnumerableKeyedAndStatistics()
    {
        var path = Path.Combine(_folder.FullName, "catalog.db");
        using var host = BuildHost(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString(), catalog: true);

        await host.StartAsync();
        var writers = host.Services.GetServices<ICatalogWriter>().ToList();
        var keyed = host.Services.GetRequiredKeyedService<ICatalogWriter>("sql");
        await keyed.PrepareAsync(CancellationToken.None);
        await keyed.WriteAsync(DumpType.Artists, [new IngestRecord(1, new string('a', 64), "{\"id\":1,\"name\":\"A\"}"u8.ToArray())], CancellationToken.None);
        var counts = await host.Services.GetRequiredService<ICatalogStatistics>().GetCountsAsync(CancellationToken.None);
        await host.StopAsync();

        var writer = Assert.Single(writers);
        Assert.IsType<SqlCatalogWriter>(writer);
        Assert.Same(writer, keyed);
        Assert.Equal("sql", writer.StoreName);
        Assert.Equal(1, counts.Artists);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static IHost BuildHost(string connectionString, bool catalog = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sql:Provider"] = "Sqlite",
            ["Sql:ConnectionString"] = connectionString,
        });
        builder.Services.AddSqlStore(builder.Configuration);
        if (catalog)
        {
            builder.Services.AddSqlCatalog().AddSqlCatalog();
        }

        return builder.Build();
    }
}
