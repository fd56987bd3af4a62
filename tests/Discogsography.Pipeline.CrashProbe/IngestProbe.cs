using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.CrashProbe;

/// <summary>
/// <c>ingest --exchange NAME --consumer NAME --db PATH [--batch-records N] [--hang-after-commits N]</c>: runs the
/// ingestion consumers of one store (a <see cref="ProbeSqliteWriter"/>) on RabbitMQ until the post-import of a
/// version ran, then exits 0; with <c>--hang-after-commits</c> the Nth committed write hangs before returning.
/// </summary>
internal static class IngestProbe
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> options)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = nameof(BusTransport.RabbitMq),
            ["Bus:Exchange"] = options["exchange"],
            ["Bus:Consumers:0"] = options["consumer"],
            ["Ingestion:BatchRecords"] = options.GetValueOrDefault("batch-records", "100"),
            ["Ingestion:FlushInterval"] = "00:00:00.100",
            ["Ingestion:RetryDelay"] = "00:00:00.050",
            ["Ingestion:RetryDelayMax"] = "00:00:00.500",
        };
        IConfiguration configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        var postImported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int hangAfter = int.Parse(options.GetValueOrDefault("hang-after-commits", "0"), System.Globalization.CultureInfo.InvariantCulture);
        var writer = new ProbeSqliteWriter(options["consumer"], options["db"], hangAfter, postImported);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddIngestion(configuration)
            .AddSingleton<Catalog.Ingestion.ICatalogWriter>(writer);
        await using ServiceProvider provider = services.BuildServiceProvider();
        IngestionService ingestion = provider.GetRequiredService<IngestionService>();
        await ingestion.StartAsync(CancellationToken.None);
        await ingestion.Consuming;
        Console.WriteLine("consuming");
        await postImported.Task;
        await ingestion.StopAsync(CancellationToken.None);
        return 0;
    }
}
