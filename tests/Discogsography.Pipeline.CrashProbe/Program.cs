using System.Diagnostics;
using System.Globalization;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.CrashProbe;
using Discogsography.Pipeline.Extraction.Publishing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Usage:
//   publish --folder DIR [--types releases,...] [--state DIR] [--exchange NAME] [--consumer NAME]
//           [--batch-records N] [--batch-bytes N] [--window N] [--throttle-ms N]      (AMQP_CONNECTION from the environment)
//           [--marker-interval HH:MM:SS.fff]             (least time between marker saves; the product default otherwise)
//           [--discard yes]                              (confirm at once and keep nothing: the pipeline without a broker)
//   parse   --file PATH                                                                 (parse only, no bus)
//   teardown --exchange NAME --consumer NAME       (deletes that exchange and the consumer's queues, DLXs and DLQs)
//   ingest  --exchange NAME --consumer NAME --db PATH [--batch-records N] [--hang-after-commits N]   (see IngestProbe)
// Prints one line per progress report ("progress <confirmed>") and a summary line; exit code 0 on success.
Dictionary<string, string> options = ParseOptions(args.Skip(1));
string command = args.FirstOrDefault() ?? "";
var clock = Stopwatch.StartNew();
if (command == "parse")
{
    string file = options["file"];
    var report = new DumpReadReport();
    long records = 0;
    // The same stream stack and reader options as the publish path (64 KB file buffer, SHA-256 of the file while it is
    // read), so the two rows differ only by batching and publishing.
    using (var stream = new HashingReadStream(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16)))
    {
        foreach (DumpRecord _ in DumpReader.Read(stream, DumpReader.TypeFromFileName(file), DumpReaderOptions.Default, report, CancellationToken.None))
        {
            records++;
        }

        _ = stream.Finish();
    }

    Console.WriteLine(Invariant($"parsed records={records} seconds={clock.Elapsed.TotalSeconds:F3} cpu_seconds={Environment.CpuUsage.TotalTime.TotalSeconds:F3} xml_bytes={report.XmlBytes} file_bytes={new FileInfo(file).Length} {GcSummary()}"));
    return 0;
}

if (command == "ingest")
{
    return await IngestProbe.RunAsync(options);
}

if (command == "teardown")
{
    await Teardown.RunAsync(Environment.GetEnvironmentVariable("AMQP_CONNECTION")!, options["exchange"], options["consumer"]);
    return 0;
}

if (command != "publish")
{
    Console.Error.WriteLine("usage: publish --folder DIR [...] | parse --file PATH");
    return 2;
}

var settings = new Dictionary<string, string?>
{
    ["Bus:Transport"] = nameof(BusTransport.RabbitMq),
    ["Bus:Exchange"] = options.GetValueOrDefault("exchange", BusTopology.DefaultExchange),
    ["Bus:Consumers:0"] = options.GetValueOrDefault("consumer", "ingestor"),
    ["Bus:BatchRecords"] = options.GetValueOrDefault("batch-records", "500"),
    ["Bus:BatchBytes"] = options.GetValueOrDefault("batch-bytes", "262144"),
    ["Bus:ConfirmWindow"] = options.GetValueOrDefault("window", "32"),
    ["Publishing:StateDirectory"] = options.GetValueOrDefault("state"),
    ["Publishing:ProgressInterval"] = "00:00:00",
};
if (options.TryGetValue("marker-interval", out string? markerInterval))
{
    settings["Publishing:MarkerSaveInterval"] = markerInterval;
}

IConfiguration configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
var services = new ServiceCollection()
    .AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
    .AddDumpPublishing(configuration);
await using ServiceProvider provider = services.BuildServiceProvider();
IMessageBus bus = options.ContainsKey("discard")
    ? new DiscardingBus(provider.GetRequiredService<IOptions<BusOptions>>().Value.CreateTopology())
    : provider.GetRequiredService<IMessageBus>();
if (options.TryGetValue("throttle-ms", out string? throttle))
{
    bus = new ThrottledBus(bus, TimeSpan.FromMilliseconds(int.Parse(throttle, CultureInfo.InvariantCulture)));
}

var publisher = new DumpPublisher(
    bus,
    provider.GetRequiredService<IOptions<BusOptions>>(),
    provider.GetRequiredService<IOptions<DumpPublisherOptions>>(),
    TimeProvider.System,
    provider.GetRequiredService<ILogger<DumpPublisher>>());
DumpType[]? types = options.TryGetValue("types", out string? list)
    ? [.. list.Split(',').Select(t => DumpTypeExtensions.TryParseToken(t, out DumpType type) ? type : throw new ArgumentException($"unknown type {t}"))]
    : null;
var progress = new ConsoleProgress();
DumpPublishResult result = await publisher.PublishFolderAsync(options["folder"], types, DumpReaderOptions.Default, progress, CancellationToken.None);
foreach (FilePublishResult file in result.Files)
{
    Console.WriteLine(Invariant($"done type={file.Type.FileToken()} total={file.TotalRecords} published={file.PublishedThisRun} resumed_past={file.ResumedPast} already_complete={file.AlreadyComplete}"));
}

Console.WriteLine(Invariant($"finished version={result.Version} extraction_complete={result.ExtractionCompleteSent} seconds={clock.Elapsed.TotalSeconds:F3} cpu_seconds={Environment.CpuUsage.TotalTime.TotalSeconds:F3} {GcSummary()}"));
return 0;

static Dictionary<string, string> ParseOptions(IEnumerable<string> arguments)
{
    var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
    string? name = null;
    foreach (string argument in arguments)
    {
        if (argument.StartsWith("--", StringComparison.Ordinal))
        {
            name = argument[2..];
        }
        else if (name is not null)
        {
            parsed[name] = argument;
            name = null;
        }
    }

    return parsed;
}

static string GcSummary() => Invariant(
    $"gc0={GC.CollectionCount(0)} gc1={GC.CollectionCount(1)} gc2={GC.CollectionCount(2)} gc_pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} allocated_mb={GC.GetTotalAllocatedBytes() / 1e6:F0} peak_rss_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0}");

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

/// <summary>Writes each progress report as a line, synchronously, so a watching test sees it as it happens.</summary>
internal sealed class ConsoleProgress : IProgress<DumpPublishProgress>
{
    public void Report(DumpPublishProgress value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress type={value.Type.FileToken()} read={value.RecordsRead} confirmed={value.RecordsConfirmed}"));
}
