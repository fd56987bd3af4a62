using Discogsography.Pipeline.Extraction.Publishing;
using Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

public sealed class PublishPaceTests
{
    [Fact]
    public async Task WaitAsync_TenPerSecond_FirstSlotIsImmediateTheNextWaitsAHundredMilliseconds()
    {
        var clock = new ManualTimeProvider(ManualTimeProvider.DefaultStart);
        var pace = new PublishPace(10, clock);

        await pace.WaitAsync(CancellationToken.None);
        Task second = pace.WaitAsync(CancellationToken.None).AsTask();

        await clock.WaitForTimersAsync();
        Assert.Equal([TimeSpan.FromMilliseconds(100)], clock.PendingDelays);
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaitAsync_NoRate_NeverWaits()
    {
        var clock = new ManualTimeProvider(ManualTimeProvider.DefaultStart);
        var pace = new PublishPace(0, clock);

        for (int i = 0; i < 5; i++)
        {
            Assert.True(pace.WaitAsync(CancellationToken.None).IsCompleted);
        }

        await pace.WaitAsync(CancellationToken.None);
        Assert.Empty(clock.PendingDelays);
    }
}
