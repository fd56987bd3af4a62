using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql;
using Discogsography.Stores.Sql.Catalog;
using Discogsography.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Server.Tests.Explore;

/// <summary>
/// The server on its default SQLite store holding the real 2020 sample (written by the relational catalog writer, with
/// the post-import run), for GraphQL tests through the HTTP endpoint. Left empty when the samples are absent.
/// </summary>
public sealed class SampleServerFactory : ServerFactory, IAsyncLifetime
{
    /// <summary>Whether the sample was loaded (the shared data exists).</summary>
    public bool IsLoaded { get; private set; }

    public async Task InitializeAsync()
    {
        if (!SharedData.IsAvailable)
        {
            return;
        }

        // Starting the host applies the migrations; the writer then fills the catalog as an import would.
        SqlCatalogWriter writer = Services.GetRequiredService<SqlCatalogWriter>();
        await writer.PrepareAsync(CancellationToken.None);
        var counts = new Dictionary<DumpType, long>();
        foreach (DumpType type in new[] { DumpType.Artists, DumpType.Labels, DumpType.Masters, DumpType.Releases })
        {
            List<DumpRecord> records = SharedData.ReadAll(type);
            counts[type] = records.Count;
            foreach (DumpRecord[] chunk in records.Chunk(250))
            {
                await writer.WriteAsync(type, [.. chunk.Select(r => new IngestRecord(r.Id, r.Sha256, r.Json))], CancellationToken.None);
            }
        }

        await writer.RunPostImportAsync(new PostImportRequest(SharedData.SampleVersion, DateTimeOffset.UnixEpoch, counts, false), CancellationToken.None);
        IsLoaded = true;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSqlCatalog());
    }
}
