using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus.Messages;
using Discogsography.Pipeline.Tests.Bus.RabbitMq;
using Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;
using Discogsography.Pipeline.Tests.Extraction.Publishing;
using Discogsography.Tests.Shared;
using Xunit.Abstractions;

namespace Discogsography.Pipeline.Tests.Extraction;

/// <summary>
/// The server binary's <c>extract</c> command as an operator runs it (<c>dotnet $SERVER_DLL extract ...</c>, built by
/// tests/run.sh in Release): from a data site URL to RabbitMQ, the refusal without a broker, and a run killed mid-file
/// then run again. Not run without SERVER_DLL (and, where a broker is needed, AMQP_CONNECTION).
/// </summary>
public sealed partial class ExtractCommandTests(ITestOutputHelper output) : IDisposable
{
    private const string ServerDll = "SERVER_DLL";
    private const string Amqp = "AMQP_CONNECTION";
    private const int BatchRecords = 10;
    private const int Window = 8;
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(120);
    private readonly DirectoryInfo _workspace = Directory.CreateTempSubdirectory("extract-command-");

    public void Dispose() => _workspace.Delete(recursive: true);

    [SharedDataFact(ServerDll)]
    public async Task Extract_OutputBusWithoutABroker_IsRefusedWithAClearMessage()
    {
        (int exitCode, string stdout, string stderr) = await RunAsync(
            ["extract", "--input", SharedData.SampleFolder, "--output", "bus"],
            new Dictionary<string, string?> { [Amqp] = null });

        Assert.Equal(2, exitCode);
        Assert.Contains("AMQP_CONNECTION", stderr, StringComparison.Ordinal);
        Assert.Contains("--amqp", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("publishing", stdout, StringComparison.Ordinal);
    }

    [SharedDataFact(ServerDll, Amqp)]
    public async Task Extract_DataSiteUrlToBus_DownloadsVerifiesAndPublishesEveryRecordWithoutShowingThePassword()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        await using FakeDumpSite site = await FakeDumpSite.StartAsync(TimeProvider.System);
        site.AddSamples();
        await using BusRecorder recorder = await BusRecorder.StartAsync(scope.Bus, scope.Options.Consumers[0]);
        string downloads = Path.Combine(_workspace.FullName, "downloads");
        var broker = new Uri(RabbitMqFactAttribute.Connection!);
        string password = broker.UserInfo.Split(':') is [_, string p] ? p : "";

        (int exitCode, string stdout, string stderr) = await RunAsync(
            ["extract", "--input", site.BaseUri.ToString(), "--download-dir", downloads, "--output", "bus", "--amqp", broker.OriginalString, "--state-dir", Path.Combine(_workspace.FullName, "state")],
            new Dictionary<string, string?>
            {
                [Amqp] = null,
                ["Dumps__MinimumRequestInterval"] = "00:00:00",
                ["Bus__Exchange"] = scope.Options.Exchange,
                ["Bus__Consumers__0"] = scope.Options.Consumers[0],
            });

        Assert.True(exitCode == 0, stdout + stderr);
        Assert.Contains($"newest complete month on {site.BaseUri}: {SharedData.SampleVersion}", stdout, StringComparison.Ordinal);
        Assert.Contains("extraction_complete sent", stdout, StringComparison.Ordinal);
        if (password.Length > 0)
        {
            Assert.DoesNotContain(password, stdout + stderr, StringComparison.Ordinal);
        }

        IReadOnlyDictionary<string, string> published = SharedData.SampleChecksums();
        foreach (DumpType type in DumpTypeExtensions.All)
        {
            string name = SharedData.SampleFileName(type);
            Assert.Contains($"{name}: ", stdout, StringComparison.Ordinal);
            Assert.Contains($"SHA-256 {published[name]} verified", stdout, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(downloads, name)));

            List<BusMessage> messages = await recorder.ReadUntilAsync(type, m => m is ExtractionCompleteMessage);
            Assert.Equal(
                SharedData.ReadAll(type).Select(r => r.Id).ToHashSet(),
                messages.OfType<DataBatchMessage>().SelectMany(m => m.Records).Select(r => r.Id).ToHashSet());
            Assert.Equal(published[name], Assert.IsType<FileCompleteMessage>(messages[^2]).FileSha256);
        }
    }

    [SharedDataFact(ServerDll, Amqp)]
    public async Task Extract_KilledMidFileThenRunAgain_ConsumerSeesEveryRecordDuplicatesOnlyFromTheUnconfirmedWindow()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        string state = Path.Combine(_workspace.FullName, "state");
        Directory.CreateDirectory(state);
        string markerPath = Path.Combine(state, $".{SharedData.SampleFileName(DumpType.Releases)}.publish.json");
        List<DumpRecord> expected = SharedData.ReadAll(DumpType.Releases);
        string[] arguments = ["extract", "--input", SharedData.SampleFolder, "--types", "releases", "--output", "bus", "--state-dir", state];
        var environment = new Dictionary<string, string?>
        {
            [Amqp] = RabbitMqFactAttribute.Connection,
            ["Bus__Exchange"] = scope.Options.Exchange,
            ["Bus__Consumers__0"] = scope.Options.Consumers[0],
            ["Bus__BatchRecords"] = $"{BatchRecords}",
            ["Bus__ConfirmWindow"] = $"{Window}",
        };

        // First run, paced to 10 messages (100 records) a second, killed once its marker holds 300 confirmed records.
        using (var markers = new FileSystemWatcher(state) { EnableRaisingEvents = true })
        {
            Channel<string> changes = Channel.CreateUnbounded<string>();
            markers.Created += (_, e) => changes.Writer.TryWrite(e.FullPath);
            markers.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
            markers.Changed += (_, e) => changes.Writer.TryWrite(e.FullPath);
            using Process first = Start(arguments, new Dictionary<string, string?>(environment) { ["Publishing__MaxBatchesPerSecond"] = "10" });
            while (true)
            {
                string changed = await changes.Reader.ReadAsync().AsTask().WaitAsync(s_patience);
                if (changed == markerPath && TryReadMarker(markerPath) is { LastConfirmed: >= 299 })
                {
                    first.Kill(entireProcessTree: true);
                    break;
                }
            }

            await first.WaitForExitAsync().WaitAsync(s_patience);
        }

        (long lastConfirmed, string status) = TryReadMarker(markerPath)!.Value;
        Assert.Equal("in_progress", status);
        Assert.InRange(lastConfirmed, 299, expected.Count - 2);

        // Second run, unpaced: resumes after the marker and completes the file.
        (int exitCode, string stdout, string stderr) = await RunAsync(arguments, environment);
        Assert.True(exitCode == 0, stdout + stderr);
        Match summary = ReleasesSummary().Match(stdout);
        Assert.True(summary.Success, stdout);
        Assert.Equal(expected.Count(r => r.Ordinal <= lastConfirmed), long.Parse(summary.Groups["resumed"].Value, CultureInfo.InvariantCulture));
        Assert.Equal("completed", TryReadMarker(markerPath)!.Value.Status);

        await using BusRecorder recorder = await BusRecorder.StartAsync(scope.Bus, scope.Options.Consumers[0]);
        List<BusMessage> messages = await recorder.ReadUntilAsync(DumpType.Releases, m => m is FileCompleteMessage);
        long[] seen = [.. messages.OfType<DataBatchMessage>().SelectMany(m => m.Records).Select(r => r.Id)];
        Dictionary<long, long> ordinalOf = expected.ToDictionary(r => r.Id, r => r.Ordinal);
        long[] duplicates = [.. seen.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key)];
        output.WriteLine($"killed after ordinal {lastConfirmed}; consumer saw {seen.Length} records, {duplicates.Length} duplicated");
        Assert.Equal(expected.Select(r => r.Id).ToHashSet(), seen.ToHashSet());
        Assert.All(seen.GroupBy(id => id), g => Assert.InRange(g.Count(), 1, 2));
        Assert.All(duplicates, id => Assert.True(ordinalOf[id] > lastConfirmed, $"record {id} was confirmed before the kill yet sent again"));
        Assert.InRange(duplicates.Length, 0, Window * BatchRecords);
    }

    private Process Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _workspace.FullName,
        };
        start.ArgumentList.Add(Environment.GetEnvironmentVariable(ServerDll)!);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string name, string? value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The server binary did not start.");
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        using Process process = Start(arguments, environment);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(s_patience);
        output.WriteLine(await stdout);
        output.WriteLine(await stderr);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static (long LastConfirmed, string Status)? TryReadMarker(string path)
    {
        try
        {
            using JsonDocument marker = JsonDocument.Parse(File.ReadAllBytes(path));
            return (marker.RootElement.GetProperty("last_confirmed_ordinal").GetInt64(), marker.RootElement.GetProperty("status").GetString()!);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^releases\s+(?<total>\d+)\s+(?<published>\d+)\s+(?<resumed>\d+)\s", RegexOptions.Multiline)]
    private static partial Regex ReleasesSummary();
}
