using Discogsography.GraphQL.DataLoader;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Tests.Execution;

namespace Discogsography.GraphQL.Tests.DataLoader;

public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { artists: [Artist!]! }
        type Artist { id: Int!, name: String, label: Label, releases: [Release!]! }
        type Label { id: Int!, name: String, owner: Label }
        type Release { title: String! }
        """;

    private sealed class Calls
    {
        public List<IReadOnlyList<int>> Labels { get; } = [];

        public List<IReadOnlyList<int>> Releases { get; } = [];
    }

    private static ExecutableSchema Schema(Calls calls, int artistCount)
    {
        var artists = Enumerable.Range(1, artistCount)
            .Select(i => (object?)new Dictionary<string, object?> { ["id"] = i, ["name"] = $"Artist {i}" })
            .ToList();
        return ExecutionTestHost.Bind(
            Sdl,
            b => b
                .AddResolver("Artist", "label", async context =>
                {
                    int labelId = (int)((Dictionary<string, object?>)context.Parent!)["id"]! % 7;
                    BatchDataLoader<int, Dictionary<string, object?>> labels = context.DataLoaders.Batch<int, Dictionary<string, object?>>(
                        "labels",
                        (keys, _) =>
                        {
                            lock (calls)
                            {
                                calls.Labels.Add(keys);
                            }

                            return new(keys.ToDictionary(k => k, k => new Dictionary<string, object?> { ["id"] = k, ["name"] = $"Label {k}" }));
                        });
                    return await labels.LoadAsync(labelId);
                })
                .AddResolver("Label", "owner", async context =>
                {
                    int id = (int)((Dictionary<string, object?>)context.Parent!)["id"]!;
                    return await context.DataLoaders.Batch<int, Dictionary<string, object?>>("labels", (keys, _) =>
                    {
                        lock (calls)
                        {
                            calls.Labels.Add(keys);
                        }

                        return new(keys.ToDictionary(k => k, k => new Dictionary<string, object?> { ["id"] = k, ["name"] = $"Label {k}" }));
                    }).LoadAsync(id + 100);
                })
                .AddResolver("Artist", "releases", async context =>
                {
                    int artistId = (int)((Dictionary<string, object?>)context.Parent!)["id"]!;
                    GroupDataLoader<int, Dictionary<string, object?>> releases = context.DataLoaders.Group<int, Dictionary<string, object?>>(
                        "releases",
                        (keys, _) =>
                        {
                            lock (calls)
                            {
                                calls.Releases.Add(keys);
                            }

                            return new(keys.Where(k => k % 2 == 0).SelectMany(k => new[] { (k, "A"), (k, "B") })
                                .ToLookup(p => p.k, p => new Dictionary<string, object?> { ["title"] = $"{p.Item2}{p.k}" }));
                        });
                    return await releases.LoadAsync(artistId);
                }),
            new Dictionary<string, object?> { ["artists"] = artists });
    }

    [Fact]
    public async Task HundredSiblingParents_ChildrenLoadedWithOneBatchCall()
    {
        var calls = new Calls();

        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(Schema(calls, 100), "{ artists { id label { id name } } }");

        Assert.Empty(result.Errors);
        IReadOnlyList<int> batch = Assert.Single(calls.Labels);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => i % 7).Distinct().Order(), batch.Order());
        var artists = (object?[])((ResultMap)result.Data!)["artists"]!;
        Assert.Equal("Label 3", ((ResultMap)((ResultMap)artists[2]!)["label"]!)["name"]);
    }

    [Fact]
    public async Task TwoLoadersOnSiblings_OneBatchEachInTheSameTick()
    {
        var calls = new Calls();

        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(Schema(calls, 20), "{ artists { label { id } releases { title } } }");

        Assert.Empty(result.Errors);
        Assert.Single(calls.Labels);
        Assert.Single(calls.Releases);
        Assert.Contains("\"releases\":[]", result.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"releases\":[{\"title\":\"A2\"},{\"title\":\"B2\"}]", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextLevelLoads_OneMoreBatchPerLevel()
    {
        var calls = new Calls();

        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(Schema(calls, 30), "{ artists { label { owner { id } } } }");

        Assert.Empty(result.Errors);
        Assert.Equal(2, calls.Labels.Count);
        Assert.All(calls.Labels[1], key => Assert.True(key >= 100));
    }

    [Fact]
    public async Task LoadAsync_SameKeyTwice_FetchedOnceFromCache()
    {
        var scheduler = new ManualScheduler();
        int fetched = 0;
        var loader = new BatchDataLoader<string, int>(scheduler, (keys, _) =>
        {
            fetched += keys.Count;
            return new(keys.ToDictionary(k => k, k => k.Length));
        });

        Task<int> first = loader.LoadAsync("abc");
        Task<int> again = loader.LoadAsync("abc");
        Task<int> missing = new BatchDataLoader<string, int>(scheduler, static (_, _) => new(new Dictionary<string, int>())).LoadAsync("x");
        await scheduler.DispatchAllAsync();

        Assert.Equal(3, await first);
        Assert.Same(first, again);
        Assert.Equal(0, await missing);
        Assert.Equal(1, fetched);
        Assert.Equal(3, await loader.LoadAsync("abc"));
        Assert.Equal(1, loader.BatchCount);
    }

    [Fact]
    public async Task BatchThrows_EveryWaitingLoadFails()
    {
        var scheduler = new ManualScheduler();
        var loader = new BatchDataLoader<int, int>(scheduler, static (_, _) => throw new InvalidOperationException("store down"));

        Task<int> a = loader.LoadAsync(1);
        Task<int> b = loader.LoadAsync(2);
        await scheduler.DispatchAllAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => a);
        await Assert.ThrowsAsync<InvalidOperationException>(() => b);
    }

    [Fact]
    public async Task BatchFailsDuringExecution_FieldErrorsNotCrash()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind(
            "type Query { items: [Item] } type Item { v: Int }",
            b => b.AddResolver("Item", "v", static async context =>
                await context.DataLoaders.Batch<int, int>("v", static (_, _) => throw new InvalidOperationException("down")).LoadAsync(1)),
            new Dictionary<string, object?> { ["items"] = new List<object?> { new Dictionary<string, object?>(), new Dictionary<string, object?>() } });

        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(schema, "{ items { v } }");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(ExecutionErrorCodes.InternalServerError, e.Code));
    }

    private sealed class ManualScheduler : IBatchScheduler
    {
        private readonly List<IDataLoader> _scheduled = [];

        public void Schedule(IDataLoader loader) => _scheduled.Add(loader);

        public async Task DispatchAllAsync()
        {
            foreach (IDataLoader loader in _scheduled.ToList())
            {
                await loader.DispatchAsync(default);
            }
        }
    }
}
