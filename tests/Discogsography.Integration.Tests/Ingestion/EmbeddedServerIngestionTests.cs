using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql;
using Discogsography.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Discogsography.Integration.Tests.Ingestion;

/// <summary>
/// The embedded mode through the real server host: started with <c>Extraction:Source</c> pointed at the real sample
/// folder, it extracts the month, carries it over the in-process bus into SQLite, and <c>graphStats</c> over HTTP
/// then shows the exact counts.
/// </summary>
public sealed class EmbeddedServerIngestionTests
{
    private const string StatsQuery = "{ graphStats { artists labels masters releases genres styles lastCompletedDump } }";

    [SharedDataFact]
    public async Task StartWithTheSampleFolder_GraphStatsShowsTheIngestedMonth()
    {
        await using var factory = new EmbeddedFactory();
        using var client = factory.CreateClient();
        var expected = SampleExpectations.Counts;

        // The server extracts and ingests in the background: ask until the counts are complete (bounded).
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        JsonNode? stats;
        do
        {
            var response = await client.PostAsJsonAsync("/graphql", new { query = StatsQuery }, CancellationToken.None);
            response.EnsureSuccessStatusCode();
            stats = (await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["graphStats"];
            if (Counts(stats!) == expected && (string?)stats!["lastCompletedDump"] is not null)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }
        while (!patience.IsCancellationRequested);

        Assert.Equal(expected, Counts(stats!));
        Assert.Equal("2020-08", (string?)stats!["lastCompletedDump"]);
        await using var database = IntegrationDatabase.Existing(SqlProvider.Sqlite, $"Data Source={Path.Combine(factory.DataDirectory, "discogsography.db")};Pooling=False");
        await SampleExpectations.AssertReleaseOneAsync(database);
        // The source folder is only read: the publishing markers live under the data directory.
        Assert.Equal(4, Directory.EnumerateFiles(Path.Combine(factory.DataDirectory, "publishing"), ".discogs_20200806_*.publish.json").Count());
    }

    private static CatalogCounts Counts(JsonNode stats) => new(
        (long)stats["artists"]!, (long)stats["labels"]!, (long)stats["masters"]!, (long)stats["releases"]!, (long)stats["genres"]!, (long)stats["styles"]!);

    private sealed class EmbeddedFactory : WebApplicationFactory<Program>
    {
        public string DataDirectory { get; } = Directory.CreateTempSubdirectory("discogsography-embedded-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("DataDirectory", DataDirectory);
            builder.UseSetting("Roles", "server,extractor,ingestor");
            builder.UseSetting("Extraction:Source", SharedData.SampleFolder);

            // Embedded means the in-process bus, even where AMQP_CONNECTION is set for other tests.
            builder.UseSetting("Bus:Transport", "InProcess");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
