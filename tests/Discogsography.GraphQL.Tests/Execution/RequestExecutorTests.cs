using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class RequestExecutorTests
{
    private static readonly ExecutableSchema _schema = ExecutionTestHost.Bind(
        "type Query { hello: String wait: String }",
        b => b.AddResolver("Query", "wait", static async context =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return "never";
        }),
        new Dictionary<string, object?> { ["hello"] = "world" });

    [Fact]
    public async Task ExecuteAsync_SyntaxError_RequestErrorWithLocationAndNoData()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, "{ hello");

        Assert.False(result.HasData);
        GraphQLError error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Equal(new ErrorLocation(1, 8), Assert.Single(error.Locations));
        Assert.DoesNotContain("\"data\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_EmptyQuery_RequestError()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, "  ");

        Assert.True(result.IsRequestError);
        Assert.Equal("Must provide query string.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task ExecuteAsync_InvalidDocument_ValidationErrorsAndNoData()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, "{ goodbye }");

        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task ExecuteAsync_NamedOperation_RunsThatOperation()
    {
        string json = (await ExecutionTestHost.ExecuteAsync(_schema, "query A { a: hello } query B { b: hello }", operationName: "B")).ToJson();

        Assert.Equal("""{"data":{"b":"world"}}""", json);
    }

    [Theory]
    [InlineData(null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("C", "Unknown operation named \"C\".")]
    public async Task ExecuteAsync_OperationCannotBeChosen_RequestError(string? operationName, string message)
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, "query A { hello } query B { hello }", operationName: operationName);

        Assert.True(result.IsRequestError);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
        Assert.Equal(ExecutionErrorCodes.OperationNotFound, result.Errors[0].Code);
    }

    [Fact]
    public async Task ExecuteAsync_MutationWithoutMutationType_RequestError()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, "mutation { hello }", options: new RequestExecutorOptions { Validate = ExecutionValidation.None });

        Assert.True(result.IsRequestError);
        Assert.Contains("mutation", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_SameDocumentTwice_ParsedOnceAndPlanShared()
    {
        var executor = new RequestExecutor(_schema);

        ExecutionResult first = await executor.ExecuteAsync(ExecutionTestHost.Request("{ hello }"), ExecutionTestHost.EmptyServices.Instance, null, default);
        ExecutionResult second = await executor.ExecuteAsync(ExecutionTestHost.Request("{ hello }"), ExecutionTestHost.EmptyServices.Instance, null, default);
        await executor.ExecuteAsync(ExecutionTestHost.Request("{ other: hello }"), ExecutionTestHost.EmptyServices.Instance, null, default);

        Assert.Equal(2, executor.CachedDocumentCount);
        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.True(executor.TryPrepare(ExecutionTestHost.Request("{ hello }"), out PreparedRequest a, out _));
        Assert.True(executor.TryPrepare(ExecutionTestHost.Request("{ hello }"), out PreparedRequest b, out _));
        Assert.Same(a.Plan, b.Plan);
    }

    [Fact]
    public async Task ExecuteAsync_DocumentCacheFull_StaysBounded()
    {
        var executor = new RequestExecutor(_schema, new RequestExecutorOptions { DocumentCacheSize = 10 });

        for (int i = 0; i < 50; i++)
        {
            await executor.ExecuteAsync(ExecutionTestHost.Request($"{{ a{i}: hello }}"), ExecutionTestHost.EmptyServices.Instance, null, default);
        }

        Assert.InRange(executor.CachedDocumentCount, 1, 10);
    }

    [Theory]
    [InlineData("{ hello }", null, true, OperationType.Query)]
    [InlineData("query A { hello } mutation B { hello }", "B", true, OperationType.Mutation)]
    [InlineData("subscription { hello }", null, true, OperationType.Subscription)]
    [InlineData("query A { hello } mutation B { hello }", null, false, OperationType.Query)]
    [InlineData("{ hello", null, false, OperationType.Query)]
    public void TryGetOperationType_FromTheCachedDocument(string query, string? operationName, bool found, OperationType expected)
    {
        var executor = new RequestExecutor(_schema);

        bool result = executor.TryGetOperationType(ExecutionTestHost.Request(query, operationName: operationName), out OperationType operationType);

        Assert.Equal(found, result);
        Assert.Equal(expected, operationType);
    }

    [Fact]
    public async Task ExecuteAsync_TimeoutElapses_TimeoutErrorWithoutData()
    {
        var executor = new RequestExecutor(_schema, new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMinutes(5) }, new ImmediateTimeProvider());

        ExecutionResult result = await executor.ExecuteAsync(ExecutionTestHost.Request("{ wait }"), ExecutionTestHost.EmptyServices.Instance, null, default);

        Assert.False(result.HasData);
        Assert.Equal(ExecutionErrorCodes.Timeout, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancels_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        Task<ExecutionResult> running = ExecutionTestHost.ExecuteAsync(_schema, "{ wait }", cancellationToken: cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public void Constructor_NonPositiveTimeout_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestExecutor(_schema, new RequestExecutorOptions { ExecutionTimeout = TimeSpan.Zero }));
    }

    /// <summary>Every timer fires at once, whatever its due time: a timeout that has always already elapsed.</summary>
    private sealed class ImmediateTimeProvider : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            base.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
