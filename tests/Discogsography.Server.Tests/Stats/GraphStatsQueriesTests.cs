using System.Text.Json.Nodes;
using Discogsography.Catalog.Ingestion;
using Discogsography.GraphQL.Execution;
using Discogsography.Stores.Sql.Tracking;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Server.Tests.Stats;

/// <summary><c>graphStats</c> executed through the server's executor: counts from the configured statistics, the month from dump tracking.</summary>
public sealed class GraphStatsQueriesTests : IClassFixture<ServerFactory>, IClassFixture<GraphStatsQueriesTests.CountingFactory>
{
    private const string Query = "{ graphStats { artists labels masters releases genres styles lastCompletedDump } }";
    private readonly ServerFactory _empty;
    private readonly CountingFactory _counting;

    public GraphStatsQueriesTests(ServerFactory empty, CountingFactory counting)
    {
        _empty = empty;
        _counting = counting;
    }

    [Fact]
    public async Task GraphStats_EmptyCatalog_CountsZeroAndNoCompletedMonth()
    {
        var stats = await ExecuteAsync(_empty.Services);

        Assert.All(new[] { "artists", "labels", "masters", "releases", "genres", "styles" }, field => Assert.Equal(0, (long)stats[field]!));
        Assert.Null(stats["lastCompletedDump"]);
    }

    [Fact]
    public async Task GraphStats_CountsEachKindFromTheStatisticsAndTheNewestCompletedMonth()
    {
        var tracking = _counting.Services.GetRequiredService<IDumpTrackingStore>();
        foreach (var (month, version) in new[] { ("2020-07", "20200701"), ("2020-08", "20200806"), ("2020-09", "20200901") })
        {
            await tracking.EnsureAsync(month, version, CancellationToken.None);
        }

        foreach (var month in new[] { "2020-07", "2020-08" })
        {
            await tracking.TransitionAsync(month, DumpStatus.Downloading, null, CancellationToken.None);
            await tracking.TransitionAsync(month, DumpStatus.ReadyForProcessing, null, CancellationToken.None);
            await tracking.TransitionAsync(month, DumpStatus.Processing, null, CancellationToken.None);
            await tracking.TransitionAsync(month, DumpStatus.Completed, null, CancellationToken.None);
        }

        var stats = await ExecuteAsync(_counting.Services);

        Assert.Equal(11, (long)stats["artists"]!);
        Assert.Equal(12, (long)stats["labels"]!);
        Assert.Equal(13, (long)stats["masters"]!);
        Assert.Equal(14, (long)stats["releases"]!);
        Assert.Equal(15, (long)stats["genres"]!);
        Assert.Equal(16, (long)stats["styles"]!);
        Assert.Equal("2020-08", (string?)stats["lastCompletedDump"]);
    }

    private static async Task<JsonObject> ExecuteAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var executor = scope.ServiceProvider.GetRequiredService<IRequestExecutor>();
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = Query }, scope.ServiceProvider, null, CancellationToken.None);
        Assert.Empty(result.Errors);
        return JsonNode.Parse(result.ToJson())!["data"]!["graphStats"]!.AsObject();
    }

    public sealed class CountingFactory : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ICatalogStatistics>(new FixedStatistics()));
        }
    }

    private sealed class FixedStatistics : ICatalogStatistics
    {
        public Task<CatalogCounts> GetCountsAsync(CancellationToken cancellationToken) => Task.FromResult(new CatalogCounts(11, 12, 13, 14, 15, 16));
    }
}
