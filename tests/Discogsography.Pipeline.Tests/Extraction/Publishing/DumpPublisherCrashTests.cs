using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus.Messages;
using Discogsography.Pipeline.Tests.Bus.RabbitMq;
using Discogsography.Tests.Shared;
using Xunit.Abstractions;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

/// <summary>
/// Kills a real publishing process (the CrashProbe console) mid-file once its marker shows progress, runs it
/// again, and checks what a consumer of the queue sees: every record id of the file, duplicates only from the
/// window that was unconfirmed at the kill.
/// </summary>
public sealed partial class DumpPublisherCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int BatchRecords = 10;
    private const int Window = 8;
    private readonly string _state = Directory.CreateTempSubdirectory("publish-crash-").FullName;

    public void Dispose() => Directory.Delete(_state, recursive: true);

    [SharedDataFact("AMQP_CONNECTION")]
    public async Task KilledMidFile_SecondRunResumesFromTheMarker_ConsumerSeesEveryRecordDuplicatesOnlyFromTheLastWindow()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        List<DumpRecord> expected = SharedData.ReadAll(DumpType.Releases);
        string markerPath = Path.Combine(_state, $".{SharedData.SampleFileName(DumpType.Releases)}.publish.json");

        // First run, slowed down, killed mid-file once its marker holds at least 300 confirmed records.
        using (Process first = StartProbe(scope, throttleMs: 40))
        {
            Channel<string> lines = ReadLines(first);
            while (true)
            {
                string line = await lines.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
                Match progress = Confirmed().Match(line);
                // The marker is saved in the background: kill at the first report after it shows the progress.
                if (progress.Success && long.Parse(progress.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 300
                    && File.Exists(markerPath) && ReadMarker(markerPath).LastConfirmed >= 299)
                {
                    first.Kill(entireProcessTree: true);
                    break;
                }
            }

            await first.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        (long lastConfirmed, string status) = ReadMarker(markerPath);
        Assert.Equal("in_progress", status);
        Assert.InRange(lastConfirmed, 299, expected.Count - 2);

        // Second run: resumes after the marker and finishes the file.
        string secondOutput;
        using (Process second = StartProbe(scope, throttleMs: 0))
        {
            secondOutput = await second.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(120));
            await second.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(second.ExitCode == 0, secondOutput + await second.StandardError.ReadToEndAsync());
        }

        long resumedPast = expected.Count(r => r.Ordinal <= lastConfirmed);
        Assert.Contains($"resumed_past={resumedPast} ", secondOutput, StringComparison.Ordinal);
        Assert.Equal("completed", ReadMarker(markerPath).Status);

        // The consumer's view of the queue.
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

    private Process StartProbe(RabbitMqScope scope, int throttleMs)
    {
        string probe = ProbePath();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            probe, "publish", "--folder", SharedData.SampleFolder, "--types", "releases", "--state", _state,
            "--exchange", scope.Options.Exchange, "--consumer", scope.Options.Consumers[0],
            "--batch-records", $"{BatchRecords}", "--window", $"{Window}",
            // A marker after every confirmed batch, so the duplicates are bounded by the window alone.
            "--marker-interval", "00:00:00",
        ];
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (throttleMs > 0)
        {
            start.ArgumentList.Add("--throttle-ms");
            start.ArgumentList.Add($"{throttleMs}");
        }

        start.Environment["AMQP_CONNECTION"] = scope.Options.Connection;
        return Process.Start(start) ?? throw new InvalidOperationException("The probe did not start.");
    }

    private static Channel<string> ReadLines(Process process)
    {
        Channel<string> lines = Channel.CreateUnbounded<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lines.Writer.TryWrite(line);
            }
        };
        process.BeginOutputReadLine();
        return lines;
    }

    private static (long LastConfirmed, string Status) ReadMarker(string path)
    {
        using JsonDocument marker = JsonDocument.Parse(File.ReadAllBytes(path));
        return (marker.RootElement.GetProperty("last_confirmed_ordinal").GetInt64(), marker.RootElement.GetProperty("status").GetString()!);
    }

    private static string ProbePath()
    {
        // tests/Discogsography.Pipeline.Tests/bin/<Configuration>/net10.0/ → tests/Discogsography.Pipeline.CrashProbe/bin/<Configuration>/net10.0/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string configuration = output.Parent!.Name;
        string tests = output.Parent.Parent!.Parent!.Parent!.FullName;
        string path = Path.Combine(tests, "Discogsography.Pipeline.CrashProbe", "bin", configuration, output.Name, "Discogsography.Pipeline.CrashProbe.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/Discogsography.Pipeline.CrashProbe first.", path);
    }

    [GeneratedRegex(@"^progress type=releases read=\d+ confirmed=(\d+)$")]
    private static partial Regex Confirmed();
}
