using System.Collections.Concurrent;
using Discogsography.Pipeline.Extraction.Download;

namespace Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;

/// <summary>Keeps every progress report synchronously (Progress&lt;T&gt; would post them elsewhere).</summary>
internal sealed class RecordingProgress : IProgress<DownloadProgress>
{
    private readonly ConcurrentQueue<DownloadProgress> _reports = new();

    public IReadOnlyList<DownloadProgress> Reports => [.. _reports];

    public void Report(DownloadProgress value) => _reports.Enqueue(value);
}
