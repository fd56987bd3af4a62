using System.Collections.Concurrent;
using Discogsography.Pipeline.Extraction.Discovery;
using Discogsography.Pipeline.Extraction.Download;
using Discogsography.Pipeline.Extraction.Scheduling;

namespace Discogsography.Pipeline.Tests.Extraction.Scheduling.TestDoubles;

/// <summary>Records every call; each call follows the next planned step (default: succeed at once).</summary>
internal sealed class RecordingProcessor : IDumpProcessor
{
    private readonly ConcurrentQueue<Func<CancellationToken, Task>> _plan = new();
    private readonly ConcurrentQueue<(DumpMonth Month, IReadOnlyList<DownloadedFile> Files)> _calls = new();
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyList<(DumpMonth Month, IReadOnlyList<DownloadedFile> Files)> Calls => [.. _calls];

    public bool SawCancellation { get; private set; }

    public void Then(Func<CancellationToken, Task> step) => _plan.Enqueue(step);

    public void ThenFail(string message) => Then(_ => Task.FromException(new InvalidOperationException(message)));

    public TaskCompletionSource ThenBlock()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Then(cancellationToken => release.Task.WaitAsync(cancellationToken));
        return release;
    }

    /// <summary>Completes once <paramref name="count"/> calls have started (fails after 30 s of real time).</summary>
    public Task WaitForCallsAsync(int count)
    {
        lock (_gate)
        {
            if (_calls.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public async Task<IReadOnlyDictionary<string, long>> ProcessAsync(DumpMonth month, IReadOnlyList<DownloadedFile> files, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _calls.Enqueue((month, files));
            foreach (var waiter in _waiters.Where(w => _calls.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }

        if (_plan.TryDequeue(out var step))
        {
            try
            {
                await step(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                SawCancellation = true;
                throw;
            }
        }

        return new Dictionary<string, long> { ["files"] = files.Count, ["bytes"] = files.Sum(f => f.Length) };
    }
}
