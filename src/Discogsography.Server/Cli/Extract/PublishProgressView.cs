using System.Diagnostics;
using System.Globalization;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Extraction.Publishing;
using Spectre.Console;

namespace Discogsography.Server.Cli.Extract;

/// <summary>
/// Shows publishing progress as the other outputs show reading: a bar per file on an interactive terminal, otherwise
/// a line every few seconds with the share of the file read, rates and an estimate of the time left.
/// </summary>
/// <param name="folder">The folder of the files published (their sizes give the share read).</param>
internal sealed class PublishProgressView(string folder) : IProgress<DumpPublishProgress>
{
    private static readonly TimeSpan s_plainInterval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, (long Length, TimeSpan StartedAt)> _files = new(StringComparer.Ordinal);
    private DumpPublishProgress? _latest;

    /// <summary>Time since the view was created.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <inheritdoc/>
    public void Report(DumpPublishProgress value) => Volatile.Write(ref _latest, value);

    /// <summary>Shows progress until <paramref name="publishing"/> ends (its failure is left to the caller).</summary>
    public async Task ShowAsync(Task publishing)
    {
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                    while (!publishing.IsCompleted)
                    {
                        await Task.WhenAny(publishing, Task.Delay(250));
                        if (Volatile.Read(ref _latest) is { } latest)
                        {
                            (long length, TimeSpan startedAt) = FileOf(latest);
                            if (!tasks.TryGetValue(latest.File, out ProgressTask? task))
                            {
                                tasks[latest.File] = task = context.AddTask(latest.Type.FileToken(), maxValue: Math.Max(1, length));
                            }

                            task.Value = Math.Min(latest.SourceBytes, length);
                            task.Description = $"{latest.Type.FileToken(),-8} {Line(latest, _clock.Elapsed - startedAt)}";
                        }
                    }
                });
        }
        else
        {
            while (await Task.WhenAny(publishing, Task.Delay(s_plainInterval)) != publishing)
            {
                if (Volatile.Read(ref _latest) is { } latest)
                {
                    (long length, TimeSpan startedAt) = FileOf(latest);
                    TimeSpan elapsed = _clock.Elapsed - startedAt;
                    double fraction = length == 0 ? 0 : Math.Min(1, (double)latest.SourceBytes / length);
                    TimeSpan? eta = fraction > 0 ? elapsed * ((1 - fraction) / fraction) : null;
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{latest.Type.FileToken()}: {fraction:P0} {Line(latest, elapsed)} ETA {eta:hh\\:mm\\:ss}"));
                }
            }
        }
    }

    private (long Length, TimeSpan StartedAt) FileOf(DumpPublishProgress progress)
    {
        if (!_files.TryGetValue(progress.File, out (long Length, TimeSpan StartedAt) file))
        {
            var info = new FileInfo(Path.Combine(folder, progress.File));
            _files[progress.File] = file = (info.Exists ? info.Length : 0, _clock.Elapsed);
        }

        return file;
    }

    private static string Line(DumpPublishProgress progress, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{progress.RecordsRead:N0} records read, {progress.RecordsConfirmed:N0} confirmed, {progress.RecordsRead / seconds:N0} records/s, {progress.XmlBytes / 1e6 / seconds:N1} MB/s XML");
    }
}
