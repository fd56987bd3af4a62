namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>
/// Spaces data messages to at most <see cref="DumpPublisherOptions.MaxBatchesPerSecond"/>: each publish waits until
/// its slot, measured on the injected clock from the previous slot; no limit when the rate is zero.
/// </summary>
/// <param name="batchesPerSecond">The rate; zero for none.</param>
/// <param name="time">The clock waited on.</param>
internal sealed class PublishPace(double batchesPerSecond, TimeProvider time)
{
    private readonly TimeSpan _spacing = batchesPerSecond > 0 ? TimeSpan.FromSeconds(1 / batchesPerSecond) : TimeSpan.Zero;
    private long? _nextSlot;

    /// <summary>Waits for the next slot.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (_spacing == TimeSpan.Zero)
        {
            return;
        }

        long now = time.GetTimestamp();
        if (_nextSlot is long slot && slot > now)
        {
            await Task.Delay(time.GetElapsedTime(now, slot), time, cancellationToken).ConfigureAwait(false);
            now = slot;
        }

        _nextSlot = now + (long)(_spacing.TotalSeconds * time.TimestampFrequency);
    }
}
