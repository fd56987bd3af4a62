using System.Security.Claims;

namespace Discogsography.GraphQL.Execution;

/// <summary>Runs GraphQL requests against one executable schema: the entry point every transport calls.</summary>
public interface IRequestExecutor
{
    /// <summary>
    /// Parses (cached), validates (cached), selects the operation, coerces variables and executes. Request errors come back
    /// as a result without data; a subscription comes back with <see cref="ExecutionResult.Stream"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="services">The request's scoped services, handed to resolvers.</param>
    /// <param name="user">The authenticated user, or null.</param>
    /// <param name="cancellationToken">Cancels the execution (and, for a subscription, the stream).</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider services, ClaimsPrincipal? user, CancellationToken cancellationToken);
}
