namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>
/// Spaces requests to the data site: each caller waits until at least the minimum interval has passed since
/// the previous request started. One instance per process (a singleton), so every downloader shares it.
/// </summary>
internal sealed class RequestPacer(TimeProvider timeProvider, TimeSpan minimumInterval) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private long? _lastRequest;

    /// <summary>Waits for this caller's turn and marks the start of its request.</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (_lastRequest is { } last)
            {
                var remaining = minimumInterval - timeProvider.GetElapsedTime(last);
                if (remaining > TimeSpan.Zero)
                {
                    await Task.Delay(remaining, timeProvider, cancellationToken);
                }
            }

            _lastRequest = timeProvider.GetTimestamp();
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();
}
