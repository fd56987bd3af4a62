namespace Discogsography.Pipeline.Bus;

/// <summary>Exponential back-off on an injected clock: <c>first · 2^(attempt-1)</c>, capped.</summary>
/// <param name="first">The first wait.</param>
/// <param name="max">The longest wait.</param>
/// <param name="time">The clock the waits run on.</param>
internal sealed class RetryBackoff(TimeSpan first, TimeSpan max, TimeProvider time)
{
    /// <summary>The wait before retry number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan DelayFor(int attempt)
    {
        double factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        double ticks = Math.Min(first.Ticks * factor, max.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Waits before retry number <paramref name="attempt"/>.</summary>
    public Task WaitAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(DelayFor(attempt), time, cancellationToken);
}
