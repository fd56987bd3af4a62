using System.Security.Claims;
using Discogsography.GraphQL.DataLoader;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// One execution of a prepared operation (spec section 6.3): the request's state, the error list and the loop that
/// dispatches DataLoader batches whenever the executor has no runnable work. Split per concern: fields
/// (<c>.Fields.cs</c>), value completion (<c>.Completion.cs</c>), errors (<c>.Errors.cs</c>).
/// </summary>
internal sealed partial class OperationExecution
{
    /// <summary>The completed value of a position that failed in a non-null position: null that must propagate upward.</summary>
    internal static readonly object Propagate = new();

    private readonly List<GraphQLError> _errors = [];
    private readonly RequestExecutorOptions _options;
    private FieldPlan? _sourceEventField;

    public OperationExecution(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        RequestExecutorOptions options,
        IServiceProvider services,
        ClaimsPrincipal? user,
        IDictionary<string, object?> contextData,
        CancellationToken cancellationToken)
    {
        Plan = plan;
        Variables = variables;
        _options = options;
        Services = services;
        User = user;
        ContextData = contextData;
        CancellationToken = cancellationToken;
    }

    public OperationPlan Plan { get; }

    public Schema Schema => Plan.Schema;

    public ExecutableSchema Executable => Plan.Executable;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public ClaimsPrincipal? User { get; }

    public IDictionary<string, object?> ContextData { get; }

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope DataLoaders { get; } = new();

    /// <summary>Executes a query (fields concurrently) or a mutation (root fields serially, in document order).</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(object? rootValue)
    {
        ValueTask<object?> root = Plan.Operation.Operation == OperationType.Mutation
            ? ExecuteSerialAsync(Plan.Root, rootValue)
            : ExecuteSelectionSet(Plan.Root, rootValue, null);
        return root.IsCompletedSuccessfully ? new(BuildResult(root.Result)) : CompleteAsync(root.AsTask());
    }

    /// <summary>Executes the subscription's selection set for one source event (spec MapSourceToResponseEvent).</summary>
    public ValueTask<ExecutionResult> ExecuteEventAsync(FieldPlan sourceField, object? sourceEvent)
    {
        _sourceEventField = sourceField;
        return ExecuteAsync(sourceEvent);
    }

    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>
    /// Waits for <paramref name="work"/>, dispatching the scheduled DataLoaders whenever nothing else can run: the loads
    /// made since the last dispatch become one batch per loader.
    /// </summary>
    public async Task<T> DriveAsync<T>(Task<T> work)
    {
        while (!work.IsCompleted)
        {
            if (DataLoaders.HasScheduled)
            {
                await DataLoaders.DispatchAsync(CancellationToken).ConfigureAwait(false);
                continue;
            }

            await Task.WhenAny(work, DataLoaders.WhenScheduledAsync()).ConfigureAwait(false);
        }

        return await work.ConfigureAwait(false);
    }

    private async ValueTask<ExecutionResult> CompleteAsync(Task<object?> root) => BuildResult(await DriveAsync(root).ConfigureAwait(false));

    private ExecutionResult BuildResult(object? data)
    {
        lock (_errors)
        {
            return new ExecutionResult
            {
                HasData = true,
                Data = data == Propagate ? null : data,
                Errors = _errors.Count == 0 ? [] : [.. _errors],
            };
        }
    }
}
