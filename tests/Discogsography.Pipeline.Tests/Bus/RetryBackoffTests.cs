using Discogsography.Pipeline.Bus;

namespace Discogsography.Pipeline.Tests.Bus;

public sealed class RetryBackoffTests
{
    [Fact]
    public void DelayFor_Attempts_DoublesFromTheFirstDelayUpToTheCap()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeProvider.System);

        TimeSpan[] delays = [.. Enumerable.Range(1, 7).Select(backoff.DelayFor)];

        Assert.Equal(new[] { 1, 2, 4, 8, 16, 30, 30 }.Select(s => TimeSpan.FromSeconds(s)), delays);
    }

    [Fact]
    public async Task WaitAsync_RunsOnTheInjectedClock()
    {
        var time = new ManualTimeProvider();
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30), time);

        Task waiting = backoff.WaitAsync(2, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        await waiting.WaitAsync(TimeSpan.FromSeconds(20));
    }
}
