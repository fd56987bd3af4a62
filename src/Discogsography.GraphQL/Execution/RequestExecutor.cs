using System.Security.Claims;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// The request pipeline (see README.md in this folder): document cache → parse → validate (cached) → select operation →
/// coerce variables → prepared operation (cached) → execute, each stage a short method below or a small type of its own.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly ExecutableSchema _executable;
    private readonly RequestExecutorOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly DocumentCache _documents;

    /// <summary>Creates the executor of <paramref name="executable"/>.</summary>
    public RequestExecutor(ExecutableSchema executable, RequestExecutorOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(executable);
        _executable = executable;
        _options = options ?? new RequestExecutorOptions();
        _options.EnsureValid();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _documents = new DocumentCache(_options.DocumentCacheSize, _options.ParserOptions);
    }

    /// <summary>The schema this executor runs.</summary>
    public ExecutableSchema Schema => _executable;

    /// <summary>How many parsed documents are cached.</summary>
    public int CachedDocumentCount => _documents.Count;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider services, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        if (!TryPrepare(request, out PreparedRequest prepared, out ExecutionResult? requestError))
        {
            return requestError;
        }

        var contextData = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (request.Extensions is not null)
        {
            contextData["extensions"] = request.Extensions;
        }

        if (prepared.Plan.Operation.Operation == OperationType.Subscription)
        {
            return await SubscriptionExecution.SubscribeAsync(prepared.Plan, prepared.Variables, _options, services, user, contextData, cancellationToken)
                .ConfigureAwait(false);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using ITimer? deadline = _options.ExecutionTimeout == Timeout.InfiniteTimeSpan
            ? null
            : _timeProvider.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), timeout, _options.ExecutionTimeout, Timeout.InfiniteTimeSpan);
        var execution = new OperationExecution(prepared.Plan, prepared.Variables, _options, services, user, contextData, timeout.Token);
        try
        {
            return await execution.ExecuteAsync(_executable.RootValue).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromError(new GraphQLError(
                $"The request exceeded the execution timeout of {_options.ExecutionTimeout.TotalSeconds:0.###} seconds.",
                ExecutionErrorCodes.Timeout));
        }
    }

    /// <summary>
    /// The kind of operation <paramref name="request"/> would run, from the cached document (parsed on a miss), without
    /// validating or executing: for transports that must refuse some kinds (a mutation over GET, a subscription over plain
    /// HTTP). False when the document does not parse or no operation can be chosen.
    /// </summary>
    public bool TryGetOperationType(GraphQLRequest request, out OperationType operationType)
    {
        ArgumentNullException.ThrowIfNull(request);
        operationType = OperationType.Query;
        if (string.IsNullOrWhiteSpace(request.Query) || Parse(request.Query, out _) is not { } document)
        {
            return false;
        }

        OperationDefinitionNode? operation = OperationSelector.Select(document.Document, request.OperationName, out _);
        operationType = operation?.Operation ?? OperationType.Query;
        return operation is not null;
    }

    /// <summary>
    /// The stages before execution, shared with transports that only need to know whether a request is valid or which
    /// operation kind it holds (e.g. to refuse a mutation over GET).
    /// </summary>
    internal bool TryPrepare(GraphQLRequest request, out PreparedRequest prepared, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out ExecutionResult? requestError)
    {
        prepared = default;
        requestError = null;
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            requestError = ExecutionResult.FromError(new GraphQLError("Must provide query string.", ErrorCodes.ParseFailed));
            return false;
        }

        CachedDocument? document = Parse(request.Query, out ExecutionResult? syntaxError);
        if (document is null)
        {
            requestError = syntaxError!;
            return false;
        }

        IReadOnlyList<GraphQLError> invalid = document.GetValidationErrors(d => _options.Validate(_executable.Schema, d));
        if (invalid.Count > 0)
        {
            requestError = ExecutionResult.FromErrors(invalid);
            return false;
        }

        OperationDefinitionNode? operation = OperationSelector.Select(document.Document, request.OperationName, out GraphQLError? notFound);
        if (operation is null)
        {
            requestError = ExecutionResult.FromError(notFound!);
            return false;
        }

        ObjectType? rootType = _executable.Schema.GetRootType(operation.Operation.ToString().ToLowerInvariant());
        if (rootType is null)
        {
            requestError = ExecutionResult.FromError(new GraphQLError(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
                ErrorCodes.ValidationFailed));
            return false;
        }

        var variableErrors = new List<GraphQLError>();
        IReadOnlyDictionary<string, object?> variables = VariableCoercion.Coerce(_executable.Schema, operation, request.Variables, variableErrors);
        if (variableErrors.Count > 0)
        {
            requestError = ExecutionResult.FromErrors(variableErrors);
            return false;
        }

        prepared = new PreparedRequest(document.Plans.GetOrCreate(_executable, document.Document, operation, rootType, variables), variables);
        return true;
    }

    private CachedDocument? Parse(string query, out ExecutionResult? requestError)
    {
        try
        {
            requestError = null;
            return _documents.GetOrParse(query);
        }
        catch (GraphQLSyntaxException exception)
        {
            requestError = ExecutionResult.FromError(new GraphQLError(exception.Message, ErrorCodes.ParseFailed)
            {
                Locations = [new ErrorLocation(exception.Line, exception.Column)],
            });
            return null;
        }
    }
}
