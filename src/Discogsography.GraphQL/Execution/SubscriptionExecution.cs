using System.Runtime.CompilerServices;
using System.Security.Claims;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// Subscriptions (spec 6.2.3): CreateSourceEventStream runs the root field's <see cref="SubscribeResolver"/>; the response
/// stream maps each source event through one execution of the selection set (MapSourceToResponseEvent). Disposing the
/// response stream's enumerator, or cancelling the request, disposes the source's enumerator and cancels its token.
/// </summary>
internal static class SubscriptionExecution
{
    public static async Task<ExecutionResult> SubscribeAsync(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        RequestExecutorOptions options,
        IServiceProvider services,
        ClaimsPrincipal? user,
        IDictionary<string, object?> contextData,
        CancellationToken cancellationToken)
    {
        FieldPlan[] rootFields = plan.Root.Fields;
        if (rootFields.Length != 1 || rootFields[0].Binding?.Subscribe is not { } subscribe)
        {
            string name = rootFields.Length > 0 ? rootFields[0].Nodes[0].Name.Value : "";
            return ExecutionResult.FromError(new GraphQLError(
                rootFields.Length == 1 ? $"The subscription field \"{name}\" has no source stream." : "A subscription must select exactly one root field.",
                ExecutionErrorCodes.InvalidResult)
            {
                Locations = rootFields.Length > 0 ? rootFields[0].Locations : [],
                Path = rootFields.Length == 1 ? [rootFields[0].ResponseName] : null,
            });
        }

        FieldPlan field = rootFields[0];
        var setup = new OperationExecution(plan, variables, options, services, user, contextData, cancellationToken);
        IAsyncEnumerable<object?> source;
        try
        {
            var context = new ResolverContext(setup, field, plan.Executable.RootValue, ResponsePath.Root(field.ResponseName), field.Arguments!.GetValues(variables));
            ValueTask<IAsyncEnumerable<object?>> subscribing = subscribe(context);
            source = subscribing.IsCompletedSuccessfully ? subscribing.Result : await setup.DriveAsync(subscribing.AsTask()).ConfigureAwait(false);
        }
        catch (GraphQLException exception)
        {
            return ExecutionResult.FromError(exception.ToError() with { Locations = field.Locations, Path = [field.ResponseName] });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            GraphQLError error = new(options.IncludeExceptionDetails ? exception.Message : "Unexpected Execution Error", ExecutionErrorCodes.InternalServerError)
            {
                Locations = field.Locations,
                Path = [field.ResponseName],
            };
            options.OnUnexpectedError?.Invoke(exception, error);
            return ExecutionResult.FromError(error);
        }

        return new ExecutionResult
        {
            Stream = MapSourceToResponseAsync(source, plan, field, variables, options, services, user, contextData, cancellationToken),
        };
    }

    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseAsync(
        IAsyncEnumerable<object?> source,
        OperationPlan plan,
        FieldPlan field,
        IReadOnlyDictionary<string, object?> variables,
        RequestExecutorOptions options,
        IServiceProvider services,
        ClaimsPrincipal? user,
        IDictionary<string, object?> contextData,
        [EnumeratorCancellation] CancellationToken consumerCancellation = default)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(consumerCancellation);
        await using IAsyncEnumerator<object?> events = source.GetAsyncEnumerator(cancellation.Token);
        try
        {
            while (await events.MoveNextAsync().ConfigureAwait(false))
            {
                var execution = new OperationExecution(plan, variables, options, services, user, contextData, cancellation.Token);
                yield return await execution.ExecuteEventAsync(field, events.Current).ConfigureAwait(false);
            }
        }
        finally
        {
            // The consumer stopped (or the source ended): tell a source that listens to its token before disposing it.
            await cancellation.CancelAsync().ConfigureAwait(false);
        }
    }
}
