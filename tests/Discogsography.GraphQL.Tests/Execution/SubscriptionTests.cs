using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Query { q: String }
        type Subscription { progress(user: Int!): Progress, ticks: Int }
        type Progress { user: Int!, done: Int!, total: Int! }
        """;

    private sealed class Source
    {
        public Channel<object?> Events { get; } = Channel.CreateUnbounded<object?>();

        public TaskCompletionSource Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationToken Token { get; private set; }

        public int? User { get; private set; }

        public ValueTask<IAsyncEnumerable<object?>> Subscribe(IResolverContext context)
        {
            User = context.ArgumentValue<int>("user");
            return new(Read());
        }

        private async IAsyncEnumerable<object?> Read([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Token = cancellationToken;
            try
            {
                while (await Events.Reader.WaitToReadAsync(cancellationToken))
                {
                    while (Events.Reader.TryRead(out object? item))
                    {
                        yield return item;
                    }
                }
            }
            finally
            {
                Stopped.TrySetResult();
            }
        }
    }

    private static ExecutableSchema Schema(Source source) =>
        ExecutionTestHost.Bind(Sdl, b => b.AddSubscription("progress", source.Subscribe).AddSubscription("ticks", source.Subscribe));

    private static Dictionary<string, object?> Progress(int done) => new() { ["user"] = 5, ["done"] = done, ["total"] = 3 };

    [Fact]
    public async Task EventsIn_OneResultPerEventOut()
    {
        var source = new Source();
        ExecutionResult subscribed = await ExecutionTestHost.ExecuteAsync(Schema(source), "subscription { progress(user: 5) { done total } }");
        await source.Events.Writer.WriteAsync(Progress(1));
        await source.Events.Writer.WriteAsync(Progress(2));
        source.Events.Writer.Complete();

        var results = new List<string>();
        await foreach (ExecutionResult result in subscribed.Stream!)
        {
            results.Add(result.ToJson());
        }

        Assert.Equal(5, source.User);
        Assert.Equal(["""{"data":{"progress":{"done":1,"total":3}}}""", """{"data":{"progress":{"done":2,"total":3}}}"""], results);
    }

    [Fact]
    public async Task EventFailsNonNull_ThatResultHasErrorsStreamContinues()
    {
        var source = new Source();
        ExecutionResult subscribed = await ExecutionTestHost.ExecuteAsync(Schema(source), "subscription { progress(user: 5) { done } }");
        await source.Events.Writer.WriteAsync(new Dictionary<string, object?> { ["done"] = null });
        await source.Events.Writer.WriteAsync(Progress(3));
        source.Events.Writer.Complete();

        var results = new List<ExecutionResult>();
        await foreach (ExecutionResult result in subscribed.Stream!)
        {
            results.Add(result);
        }

        Assert.Equal(2, results.Count);
        Assert.Equal(["progress", "done"], Assert.Single(results[0].Errors).Path!);
        Assert.Empty(results[1].Errors);
    }

    [Fact]
    public async Task ConsumerStops_SourceIsDisposedAndCancelled()
    {
        var source = new Source();
        ExecutionResult subscribed = await ExecutionTestHost.ExecuteAsync(Schema(source), "subscription { ticks }");
        await source.Events.Writer.WriteAsync(1);

        await using (IAsyncEnumerator<ExecutionResult> results = subscribed.Stream!.GetAsyncEnumerator())
        {
            Assert.True(await results.MoveNextAsync());
            Assert.Equal("""{"data":{"ticks":1}}""", results.Current.ToJson());
        }

        await source.Stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(source.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task ConsumerCancels_WaitingSourceStops()
    {
        var source = new Source();
        using var cancellation = new CancellationTokenSource();
        ExecutionResult subscribed = await ExecutionTestHost.ExecuteAsync(Schema(source), "subscription { ticks }");
        IAsyncEnumerator<ExecutionResult> results = subscribed.Stream!.GetAsyncEnumerator(cancellation.Token);
        ValueTask<bool> waiting = results.MoveNextAsync();

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await waiting);
        await source.Stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await results.DisposeAsync();
    }

    [Fact]
    public async Task SubscribeThrows_RequestErrorWithoutStream()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind(Sdl, b => b.AddSubscription("ticks", static _ => throw new GraphQLException("Not signed in.", "UNAUTHENTICATED")));

        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(schema, "subscription { ticks }");

        Assert.Null(result.Stream);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task SubscribeAwaitsDataLoader_BatchIsDispatched()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind(Sdl, b => b.AddSubscription("ticks", static async context =>
        {
            int start = await context.DataLoaders.Batch<int, int>("start", static (keys, _) => new(keys.ToDictionary(k => k, k => k * 10))).LoadAsync(4);
            return Ticks(start);
        }));

        ExecutionResult subscribed = await ExecutionTestHost.ExecuteAsync(schema, "subscription { ticks }");

        await using IAsyncEnumerator<ExecutionResult> results = subscribed.Stream!.GetAsyncEnumerator();
        Assert.True(await results.MoveNextAsync());
        Assert.Equal("""{"data":{"ticks":40}}""", results.Current.ToJson());
    }

    private static async IAsyncEnumerable<object?> Ticks(int start)
    {
        await Task.Yield();
        yield return start;
    }

    [Fact]
    public async Task FieldWithoutSource_RequestError()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(ExecutionTestHost.Bind(Sdl), "subscription { ticks }");

        Assert.True(result.IsRequestError);
    }
}
