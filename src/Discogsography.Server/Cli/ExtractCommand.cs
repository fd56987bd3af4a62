using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Discogsography.Catalog.DataQuality;
using Discogsography.Catalog.Dumps;
using Discogsography.Server.Cli.Extract;
using Spectre.Console;

namespace Discogsography.Server.Cli;

/// <summary>
/// <c>extract --input &lt;folder or URL&gt; [--types releases,...] --output jsonl &lt;dir&gt;|discard|bus [--rules &lt;file&gt;]</c>:
/// reads the dump files of a folder into canonical records and writes them to an output. With an http(s) URL the
/// newest complete month on that data site is first downloaded and verified into <c>--download-dir</c>
/// (<see cref="DataSiteDownload"/>). Outputs are chosen by the first value of <c>--output</c>: <c>jsonl</c> and
/// <c>discard</c> are an <see cref="IRecordOutput"/>; <c>bus</c> publishes to RabbitMQ (<see cref="BusExtraction"/>).
/// </summary>
internal static class ExtractCommand
{
    private static readonly TimeSpan s_plainProgressInterval = TimeSpan.FromSeconds(5);

    /// <summary>Where extracted records go.</summary>
    private interface IRecordOutput : IAsyncDisposable
    {
        ValueTask BeginFileAsync(DumpType type, string file, CancellationToken cancellationToken);

        ValueTask WriteAsync(DumpRecord record, CancellationToken cancellationToken);

        ValueTask CompleteFileAsync(DumpType type, string file, DumpReadReport report, CancellationToken cancellationToken);
    }

    public static Command Create()
    {
        var input = new Option<string>("--input")
        {
            Description = "Folder holding discogs_YYYYMMDD_<type>.xml.gz files (the newest version is read), or the http(s) URL of a Discogs-style data site (its newest complete month is downloaded and verified first).",
            Required = true,
        };
        var downloadDirectory = new Option<DirectoryInfo>("--download-dir") { Description = "Where a month downloaded from a URL is kept.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("data", "dumps")) };
        var types = new Option<string>("--types") { Description = "Comma-separated dump types to read (default: all four).", DefaultValueFactory = _ => "artists,labels,masters,releases" };
        var output = new Option<string[]>("--output")
        {
            Description = "Where records go: 'jsonl <dir>' writes <dir>/<type>.jsonl; 'discard' only parses (for benchmarks); 'bus' publishes to RabbitMQ (--amqp or AMQP_CONNECTION), resuming from the state markers.",
            Required = true,
            Arity = new ArgumentArity(1, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var rules = new Option<string?>("--rules") { Description = "Data-quality rules: a JSON rules file, or 'recommended' for the built-in set." };
        var reportDirectory = new Option<DirectoryInfo?>("--report") { Description = "Folder for the data-quality report (default: the output folder)." };
        var amqp = new Option<string?>("--amqp") { Description = "With --output bus: the RabbitMQ URI, amqp://user:password@host:5672/ (default: AMQP_CONNECTION)." };
        var stateDirectory = new Option<DirectoryInfo?>("--state-dir") { Description = "With --output bus: folder for the publish state markers (default: the dump folder)." };

        var extract = new Command("extract", "Read Discogs dump files into canonical records.");
        extract.Options.Add(input);
        extract.Options.Add(types);
        extract.Options.Add(output);
        extract.Options.Add(rules);
        extract.Options.Add(reportDirectory);
        extract.Options.Add(downloadDirectory);
        extract.Options.Add(amqp);
        extract.Options.Add(stateDirectory);
        extract.SetAction((parse, cancellationToken) => RunAsync(
            new Request(parse.GetValue(input)!, parse.GetValue(types)!, parse.GetValue(output)!, parse.GetValue(rules), parse.GetValue(reportDirectory))
            {
                DownloadDirectory = parse.GetValue(downloadDirectory)!,
                Amqp = parse.GetValue(amqp),
                StateDirectory = parse.GetValue(stateDirectory),
            },
            cancellationToken));
        return extract;
    }

    private static async Task<int> RunAsync(Request request, CancellationToken cancellationToken)
    {
        if (!TryParseTypes(request.Types, out List<DumpType> types))
        {
            return Fail($"--types: expected a comma-separated list of {string.Join(", ", DumpTypeExtensions.All.Select(t => t.FileToken()))}.");
        }

        Uri? broker = null;
        if (request.Output is ["bus"])
        {
            broker = BusExtraction.ResolveBroker(request.Amqp, out string? brokerError);
            if (broker is null)
            {
                return Fail(brokerError!);
            }
        }

        DataQualityRuleSet ruleSet;
        try
        {
            ruleSet = request.Rules switch
            {
                null => DataQualityRuleSet.Empty,
                "recommended" => DataQualityRuleSet.Recommended,
                string path => DataQualityRuleSet.Load(path),
            };
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            return Fail($"--rules: {e.Message}");
        }

        DirectoryInfo folder;
        if (Uri.TryCreate(request.Input, UriKind.Absolute, out Uri? site) && (site.Scheme == Uri.UriSchemeHttp || site.Scheme == Uri.UriSchemeHttps))
        {
            folder = request.DownloadDirectory;
            if (await DataSiteDownload.RunAsync(site, folder.FullName, cancellationToken) is null)
            {
                return 1;
            }
        }
        else
        {
            folder = new DirectoryInfo(request.Input);
        }

        if (!folder.Exists)
        {
            return Fail($"--input: folder {folder.FullName} does not exist.");
        }

        List<(DumpType Type, FileInfo File)> files = [];
        foreach (DumpType type in types)
        {
            FileInfo? file = FindNewest(folder, type);
            if (file is null)
            {
                return Fail($"--input: no discogs_*_{type.FileToken()}.xml.gz (or .xml) in {folder.FullName}.");
            }

            files.Add((type, file));
        }

        string version = files[0].File.Name.Split('_')[1];
        if (broker is not null)
        {
            using DataQualityReportWriter? busQualityReport = ruleSet.Rules.Count > 0
                ? new DataQualityReportWriter(request.ReportDirectory?.FullName ?? Directory.GetCurrentDirectory(), version, TimeProvider.System)
                : null;
            var readerOptions = new DumpReaderOptions { Clock = TimeProvider.System, DataQuality = ruleSet, DataQualityReport = busQualityReport };
            return await BusExtraction.RunAsync(folder.FullName, types, readerOptions, broker, request.StateDirectory?.FullName, cancellationToken);
        }

        IRecordOutput? output = CreateOutput(request.Output, out string? outputDirectory, out string? error);
        if (output is null)
        {
            return Fail(error!);
        }

        string reportDirectory = request.ReportDirectory?.FullName ?? outputDirectory ?? Directory.GetCurrentDirectory();
        using DataQualityReportWriter? qualityReport = ruleSet.Rules.Count > 0 ? new DataQualityReportWriter(reportDirectory, version, TimeProvider.System) : null;
        var options = new DumpReaderOptions { Clock = TimeProvider.System, DataQuality = ruleSet, DataQualityReport = qualityReport };

        var summary = new List<FileSummary>();
        await using (output)
        {
            foreach ((DumpType type, FileInfo file) in files)
            {
                FileSummary result = await ExtractFileAsync(type, file, options, output, cancellationToken);
                summary.Add(result);
                if (result.Failure is not null)
                {
                    break;
                }
            }
        }

        WriteSummary(summary, qualityReport?.FilePath);
        return summary.Any(s => s.Failure is not null) ? 1 : 0;
    }

    private static async Task<FileSummary> ExtractFileAsync(DumpType type, FileInfo file, DumpReaderOptions options, IRecordOutput output, CancellationToken cancellationToken)
    {
        var report = new DumpReadReport();
        var clock = Stopwatch.StartNew();
        await output.BeginFileAsync(type, file.Name, cancellationToken);
        Task reading = Task.Run(
            async () =>
            {
                await using FileStream stream = new(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                foreach (DumpRecord record in DumpReader.Read(stream, type, options, report, cancellationToken))
                {
                    await output.WriteAsync(record, cancellationToken);
                }
            },
            cancellationToken);

        string? failure = null;
        try
        {
            await ShowProgressAsync(type, file, report, clock, reading);
            await output.CompleteFileAsync(type, file.Name, report, cancellationToken);
        }
        catch (DumpReadException e)
        {
            failure = e.Message;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            failure = $"reading {file.Name} failed: {e.Message} {e.InnerException?.Message}";
        }

        return new FileSummary(type, file.Name, report, clock.Elapsed, failure);
    }

    private static async Task ShowProgressAsync(DumpType type, FileInfo file, DumpReadReport report, Stopwatch clock, Task reading)
    {
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    ProgressTask task = context.AddTask(type.FileToken(), maxValue: Math.Max(1, file.Length));
                    while (!reading.IsCompleted)
                    {
                        await Task.WhenAny(reading, Task.Delay(250));
                        task.Value = Math.Min(report.SourceBytes, file.Length);
                        task.Description = $"{type.FileToken(),-8} {ProgressLine(report, clock.Elapsed)}";
                    }

                    task.Value = file.Length;
                    task.Description = $"{type.FileToken(),-8} {ProgressLine(report, clock.Elapsed)}";
                });
        }
        else
        {
            while (await Task.WhenAny(reading, Task.Delay(s_plainProgressInterval)) != reading)
            {
                double fraction = file.Length == 0 ? 0 : (double)report.SourceBytes / file.Length;
                TimeSpan? eta = fraction > 0 ? clock.Elapsed * ((1 - fraction) / fraction) : null;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type.FileToken()}: {fraction:P0} {ProgressLine(report, clock.Elapsed)} ETA {eta:hh\\:mm\\:ss}"));
            }
        }

        await reading;
    }

    private static string ProgressLine(DumpReadReport report, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Records:N0} records, {report.Records / seconds:N0} records/s, {report.XmlBytes / 1e6 / seconds:N1} MB/s XML, {report.Skipped} skipped");
    }

    private static void WriteSummary(List<FileSummary> summary, string? qualityReportPath)
    {
        Console.Out.WriteLine("type      records  skipped  rule-skipped  flagged  invalid-bytes  xml-MB  seconds  records/s");
        foreach (FileSummary file in summary)
        {
            double seconds = Math.Max(file.Elapsed.TotalSeconds, 0.001);
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{file.Type.FileToken(),-8} {file.Report.Records,8} {file.Report.Skipped,8} {file.Report.SkippedByRules,13} {file.Report.Flagged,8} {file.Report.InvalidBytesReplaced,14} {file.Report.XmlBytes / 1e6,7:F1} {seconds,8:F1} {file.Report.Records / seconds,10:F0}"));
            foreach (DumpReadProblem problem in file.Report.Problems.Take(10))
            {
                Console.Out.WriteLine($"  skipped record {problem.Ordinal} at byte {problem.Offset}: {problem.Message}");
            }

            if (file.Failure is not null)
            {
                Console.Error.WriteLine($"{file.File}: {file.Failure}");
            }
        }

        if (qualityReportPath is not null)
        {
            Console.Out.WriteLine($"data-quality report: {qualityReportPath}");
        }
    }

    private static IRecordOutput? CreateOutput(string[] output, out string? directory, out string? error)
    {
        directory = null;
        error = null;
        switch (output[0])
        {
            case "jsonl" when output.Length == 2:
                directory = Path.GetFullPath(output[1]);
                return new JsonLinesOutput(new JsonLinesRecordWriter(directory));
            case "jsonl":
                error = "--output jsonl needs a folder: --output jsonl <dir>.";
                return null;
            case "discard" when output.Length == 1:
                return new DiscardOutput();
            default:
                error = $"--output: unknown output '{string.Join(' ', output)}' (expected: jsonl <dir>, discard, or bus).";
                return null;
        }
    }

    private static FileInfo? FindNewest(DirectoryInfo folder, DumpType type) =>
        folder.EnumerateFiles($"discogs_*_{type.FileToken()}.xml*")
            .Where(f => f.Name.EndsWith(".xml.gz", StringComparison.Ordinal) || f.Name.EndsWith(".xml", StringComparison.Ordinal))
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .FirstOrDefault();

    private static bool TryParseTypes(string text, out List<DumpType> types)
    {
        types = [];
        foreach (string token in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!DumpTypeExtensions.TryParseToken(token, out DumpType type))
            {
                return false;
            }

            if (!types.Contains(type))
            {
                types.Add(type);
            }
        }

        return types.Count > 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    private sealed record Request(string Input, string Types, string[] Output, string? Rules, DirectoryInfo? ReportDirectory)
    {
        public required DirectoryInfo DownloadDirectory { get; init; }

        public string? Amqp { get; init; }

        public DirectoryInfo? StateDirectory { get; init; }
    }

    private sealed record FileSummary(DumpType Type, string File, DumpReadReport Report, TimeSpan Elapsed, string? Failure);

    /// <summary><c>--output jsonl &lt;dir&gt;</c>: one JSON Lines file per type.</summary>
    private sealed class JsonLinesOutput(JsonLinesRecordWriter writer) : IRecordOutput
    {
        public ValueTask BeginFileAsync(DumpType type, string file, CancellationToken cancellationToken)
        {
            writer.Begin(type);
            return ValueTask.CompletedTask;
        }

        public ValueTask WriteAsync(DumpRecord record, CancellationToken cancellationToken)
        {
            writer.Write(record);
            return ValueTask.CompletedTask;
        }

        public ValueTask CompleteFileAsync(DumpType type, string file, DumpReadReport report, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask DisposeAsync()
        {
            writer.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary><c>--output discard</c>: records are read and dropped, to measure the reader alone.</summary>
    private sealed class DiscardOutput : IRecordOutput
    {
        public ValueTask BeginFileAsync(DumpType type, string file, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask WriteAsync(DumpRecord record, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask CompleteFileAsync(DumpType type, string file, DumpReadReport report, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
