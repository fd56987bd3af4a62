using Discogsography.Pipeline.Bus;

namespace Discogsography.Pipeline.Tests.Bus;

public sealed class ConfirmWindowTests
{
    [Fact]
    public async Task AddAsync_ConfirmsCompleteOutOfOrder_SettlesTagsInPublishOrder()
    {
        var settled = new List<int>();
        var window = new ConfirmWindow<int>(4, settled.Add);
        var confirms = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource()).ToArray();
        for (int i = 0; i < 3; i++)
        {
            await window.AddAsync(confirms[i].Task, i);
        }

        confirms[2].SetResult();
        confirms[1].SetResult();
        Assert.Empty(settled);
        confirms[0].SetResult();
        await window.DrainAsync();

        Assert.Equal([0, 1, 2], settled);
    }

    [Fact]
    public async Task AddAsync_WindowFull_WaitsForTheOldestConfirmOnly()
    {
        var settled = new List<int>();
        var window = new ConfirmWindow<int>(2, settled.Add);
        var oldest = new TaskCompletionSource();
        await window.AddAsync(oldest.Task, 0);

        Task adding = window.AddAsync(new TaskCompletionSource().Task, 1);
        Assert.False(adding.IsCompleted);
        oldest.SetResult();
        await adding.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal([0], settled);
        Assert.Equal(1, window.Count);
    }

    [Fact]
    public async Task AddAsync_OutstandingBelowCapacity_ReturnsWithoutWaiting()
    {
        var window = new ConfirmWindow<int>(8, _ => { });
        for (int i = 0; i < 7; i++)
        {
            Task adding = window.AddAsync(new TaskCompletionSource().Task, i);
            Assert.True(adding.IsCompletedSuccessfully);
        }

        Assert.Equal(7, window.Count);
    }

    [Fact]
    public async Task DrainAsync_ConfirmFailed_ThrowsAndDoesNotSettleIt()
    {
        var settled = new List<int>();
        var window = new ConfirmWindow<int>(4, settled.Add);
        await window.AddAsync(Task.CompletedTask, 0);
        var failing = new TaskCompletionSource();
        await window.AddAsync(failing.Task, 1);
        failing.SetException(new BusPublishException("nacked"));

        await Assert.ThrowsAsync<BusPublishException>(window.DrainAsync);
        Assert.Equal([0], settled);
    }
}
