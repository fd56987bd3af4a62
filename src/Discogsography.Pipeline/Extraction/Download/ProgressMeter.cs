using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>Measures one download attempt and reports it every interval and at the end.</summary>
internal sealed class ProgressMeter
{
    private readonly string _fileName;
    private readonly long _resumedAt;
    private readonly long? _totalBytes;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _interval;
    private readonly IProgress<DownloadProgress>? _progress;
    private readonly ILogger _logger;
    private readonly long _startedAt;
    private long _lastReportAt;
    private long _received;

    public ProgressMeter(string fileName, long resumedAt, long? totalBytes, TimeProvider timeProvider, TimeSpan interval, IProgress<DownloadProgress>? progress, ILogger logger)
    {
        _fileName = fileName;
        _resumedAt = resumedAt;
        _totalBytes = totalBytes;
        _timeProvider = timeProvider;
        _interval = interval;
        _progress = progress;
        _logger = logger;
        _startedAt = timeProvider.GetTimestamp();
        _lastReportAt = _startedAt;
    }

    /// <summary>Counts received bytes and reports when an interval has passed.</summary>
    public void Add(int bytes)
    {
        _received += bytes;
        if (_timeProvider.GetElapsedTime(_lastReportAt) >= _interval)
        {
            Report(completed: false);
        }
    }

    /// <summary>Reports the finished file.</summary>
    public void Complete() => Report(completed: true);

    private void Report(bool completed)
    {
        _lastReportAt = _timeProvider.GetTimestamp();
        var elapsed = _timeProvider.GetElapsedTime(_startedAt);
        var rate = elapsed > TimeSpan.Zero ? _received / elapsed.TotalSeconds : 0d;
        var current = _resumedAt + _received;
        TimeSpan? remaining = _totalBytes is { } total && rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, total - current) / rate) : null;
        var snapshot = new DownloadProgress
        {
            FileName = _fileName,
            BytesReceived = current,
            TotalBytes = _totalBytes,
            BytesPerSecond = rate,
            EstimatedRemaining = completed ? TimeSpan.Zero : remaining,
            Completed = completed,
        };
        _progress?.Report(snapshot);
        Log.Progress(_logger, _fileName, current / 1_000_000d, _totalBytes is { } size ? size / 1_000_000d : null, snapshot.MegabytesPerSecond, snapshot.EstimatedRemaining);
    }
}
