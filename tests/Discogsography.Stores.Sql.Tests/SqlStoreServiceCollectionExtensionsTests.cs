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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static IHost BuildHost(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sql:Provider"] = "Sqlite",
            ["Sql:ConnectionString"] = connectionString,
        });
        builder.Services.AddSqlStore(builder.Configuration);
        return builder.Build();
    }
}
