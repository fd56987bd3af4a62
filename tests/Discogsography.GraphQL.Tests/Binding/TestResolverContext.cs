using System.Security.Claims;
using Discogsography.GraphQL.DataLoader;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Binding;

/// <summary>A resolver context with the values a bound resolver reads, for calling compiled resolvers directly.</summary>
internal sealed class TestResolverContext : IResolverContext
{
    public object? Parent { get; init; }

    public ObjectType ObjectType => throw new NotSupportedException();

    public OutputField Field => throw new NotSupportedException();

    public FieldNode Selection => throw new NotSupportedException();

    public string ResponseName => throw new NotSupportedException();

    public ResponsePath Path => throw new NotSupportedException();

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public Schema Schema => throw new NotSupportedException();

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public IServiceProvider RequestServices { get; init; } = new TestServices();

    public ClaimsPrincipal? User { get; init; }

    public CancellationToken RequestAborted { get; init; }

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public IDataLoaderScope DataLoaders { get; init; } = new DataLoaderScope();

    public T? ArgumentValue<T>(string name) => Arguments.TryGetValue(name, out object? value) ? (T?)value : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public void ReportError(GraphQLError error) => throw new NotSupportedException();
}
