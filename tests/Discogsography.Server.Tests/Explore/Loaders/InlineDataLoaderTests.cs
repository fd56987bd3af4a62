using Discogsography.GraphQL.DataLoader;
using Discogsography.Server.Explore.Loaders;

namespace Discogsography.Server.Tests.Explore.Loaders;

public sealed class InlineDataLoaderTests
{
    [Fact]
    public async Task LoadAsync_KeysOfOneTick_AreFetchedInOneBatchOfDistinctKeys()
    {
        var scheduler = new RecordingScheduler();
        var loader = new SquareLoader(scheduler);

        Task<int> a = loader.LoadAsync(2);
        Task<int> b = loader.LoadAsync(3);
        Task<int> c = loader.LoadAsync(2);
        await loader.DispatchAsync(CancellationToken.None);

        Assert.Equal((4, 9, 4), (await a, await b, await c));
        Assert.Equal([[2, 3]], loader.Batches);
        Assert.Single(scheduler.Scheduled);
    }

    [Fact]
    public async Task LoadAsync_KeyAlreadyFetched_ComesFromTheCacheWithoutABatch()
    {
        var loader = new SquareLoader(new RecordingScheduler());
        Task<int> first = loader.LoadAsync(5);
        await loader.DispatchAsync(CancellationToken.None);
        await first;

        Task<int> again = loader.LoadAsync(5);

        Assert.True(again.IsCompletedSuccessfully);
        Assert.Equal(25, await again);
        Assert.Equal(1, loader.BatchCount);
    }

    [Fact]
    public async Task LoadAsync_KeyMissingFromTheBatch_LoadsAsDefault()
    {
        var loader = new SquareLoader(new RecordingScheduler()) { Missing = 7 };

        Task<int> missing = loader.LoadAsync(7);
        await loader.DispatchAsync(CancellationToken.None);

        Assert.Equal(0, await missing);
    }

    [Fact]
    public async Task DispatchAsync_FailingBatch_FailsEveryWaiterOfItsKeys()
    {
        var loader = new SquareLoader(new RecordingScheduler()) { Failure = new InvalidOperationException("store down") };

        Task<int> a = loader.LoadAsync(1);
        Task<int> b = loader.LoadAsync(1);
        await loader.DispatchAsync(CancellationToken.None);

        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => a)).Message);
        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => b)).Message);
    }

    [Fact]
    public async Task DispatchAsync_ContinuationsOfEveryWaiter_RunBeforeItReturns()
    {
        // As resolvers do: no synchronisation context, continuations without it.
        int[][] batches = await Task.Run(async () =>
        {
            var loader = new SquareLoader(new RecordingScheduler());
            var next = new SquareLoader(new RecordingScheduler());
            // Two waiters of one key, each making a load on the next loader when it resumes.
            Task first = ChainAsync(loader, next, 2, 10);
            Task second = ChainAsync(loader, next, 2, 11);

            await loader.DispatchAsync(CancellationToken.None).ConfigureAwait(false);
            await next.DispatchAsync(CancellationToken.None).ConfigureAwait(false);
            int[][] seen = [.. next.Batches];
            await next.DispatchAsync(CancellationToken.None).ConfigureAwait(false);
            await Task.WhenAll(first, second).ConfigureAwait(false);
            return seen;
        });

        Assert.Equal([[10, 11]], batches);
    }

    private static async Task ChainAsync(SquareLoader loader, SquareLoader next, int key, int nextKey)
    {
        await loader.LoadAsync(key).ConfigureAwait(false);
        await next.LoadAsync(nextKey).ConfigureAwait(false);
    }

    private sealed class RecordingScheduler : IBatchScheduler
    {
        public List<IDataLoader> Scheduled { get; } = [];

        public void Schedule(IDataLoader loader) => Scheduled.Add(loader);
    }

    private sealed class SquareLoader(IBatchScheduler scheduler) : InlineDataLoader<int, int>(scheduler)
    {
        public List<int[]> Batches { get; } = [];

        public int? Missing { get; init; }

        public Exception? Failure { get; init; }

        protected override ValueTask<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add([.. keys]);
            return Failure is not null
                ? ValueTask.FromException<IReadOnlyDictionary<int, int>>(Failure)
                : new(keys.Where(k => k != Missing).ToDictionary(k => k, k => k * k));
        }
    }
}
