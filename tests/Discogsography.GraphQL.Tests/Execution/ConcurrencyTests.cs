using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task AsyncSiblings_StartBeforeAnyIsAwaited()
    {
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ExecutableSchema schema = ExecutionTestHost.Bind("type Query { a: String b: String }", b => b
            .AddResolver("Query", "a", async _ =>
            {
                aStarted.SetResult();
                await bStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
                return "a";
            })
            .AddResolver("Query", "b", async _ =>
            {
                bStarted.SetResult();
                await aStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
                return "b";
            }));

        string json = await ExecutionTestHost.JsonAsync(schema, "{ a b }");

        // Each resolver waits for the other to have started: only overlapping execution completes both without error.
        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", json);
    }

    [Fact]
    public async Task AsyncListItems_StartBeforeAnyIsAwaited()
    {
        const int Count = 5;
        int started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ExecutableSchema schema = ExecutionTestHost.Bind(
            "type Query { items: [Item] } type Item { value: Int }",
            b => b.AddResolver("Item", "value", async context =>
            {
                if (Interlocked.Increment(ref started) == Count)
                {
                    allStarted.SetResult();
                }

                await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
                return ((Dictionary<string, object?>)context.Parent!)["v"];
            }),
            new Dictionary<string, object?> { ["items"] = Enumerable.Range(0, Count).Select(i => (object?)new Dictionary<string, object?> { ["v"] = i }).ToList() });

        string json = await ExecutionTestHost.JsonAsync(schema, "{ items { value } }");

        Assert.Equal("""{"data":{"items":[{"value":0},{"value":1},{"value":2},{"value":3},{"value":4}]}}""", json);
    }

    [Fact]
    public async Task MutationRootFields_RunSeriallyInDocumentOrder()
    {
        var log = new List<string>();
        FieldResolver Step(string name) => async context =>
        {
            lock (log)
            {
                log.Add(name + " start");
            }

            await Task.Yield();
            lock (log)
            {
                log.Add(name + " end");
            }

            return name;
        };
        ExecutableSchema schema = ExecutionTestHost.Bind(
            "type Query { q: String } type Mutation { first: String second: String third: String }",
            b => b.AddResolver("Mutation", "first", Step("first")).AddResolver("Mutation", "second", Step("second")).AddResolver("Mutation", "third", Step("third")));

        string json = await ExecutionTestHost.JsonAsync(schema, "mutation { c: third a: first b: second }");

        Assert.Equal("""{"data":{"c":"third","a":"first","b":"second"}}""", json);
        Assert.Equal(["third start", "third end", "first start", "first end", "second start", "second end"], log);
    }

    [Fact]
    public async Task QueryRootFields_DoNotWaitForEachOther()
    {
        var log = new List<string>();
        FieldResolver Step(string name) => async context =>
        {
            lock (log)
            {
                log.Add(name + " start");
            }

            await Task.Yield();
            return name;
        };
        ExecutableSchema schema = ExecutionTestHost.Bind(
            "type Query { first: String second: String }",
            b => b.AddResolver("Query", "first", Step("first")).AddResolver("Query", "second", Step("second")));

        await ExecutionTestHost.JsonAsync(schema, "{ first second }");

        Assert.Equal(["first start", "second start"], log);
    }
}
