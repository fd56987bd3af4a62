using System.Security.Claims;
using Discogsography.GraphQL.DataLoader;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Resolvers;

/// <summary>What a <see cref="FieldResolver"/> or <see cref="SubscribeResolver"/> knows about the field it resolves.</summary>
public interface IResolverContext
{
    /// <summary>The parent object: the value the parent field resolved to, or the operation's root value.</summary>
    object? Parent { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    /// <summary>The field definition being resolved.</summary>
    OutputField Field { get; }

    /// <summary>The first field node of the selection (a field may be selected more than once under one response name).</summary>
    FieldNode Selection { get; }

    /// <summary>The response name: the alias, or the field name.</summary>
    string ResponseName { get; }

    /// <summary>The response path of this field, with list indices.</summary>
    ResponsePath Path { get; }

    /// <summary>The coerced argument values by name; arguments neither given nor defaulted are absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The request's coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The request's scoped services.</summary>
    IServiceProvider RequestServices { get; }

    /// <summary>The authenticated user, or null for an anonymous request.</summary>
    ClaimsPrincipal? User { get; }

    /// <summary>Signalled when the request is aborted or times out.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>A per-request bag of features and state shared by every resolver of the request.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The request's DataLoaders: one instance of each per request, batched by the executor.</summary>
    IDataLoaderScope DataLoaders { get; }

    /// <summary>The argument <paramref name="name"/> as <typeparamref name="T"/>; default when absent or null.</summary>
    /// <exception cref="GraphQLException">The value cannot be converted to <typeparamref name="T"/>.</exception>
    T? ArgumentValue<T>(string name);

    /// <summary>True when the argument was given in the document or the variables, or has a default.</summary>
    bool HasArgument(string name);

    /// <summary>Adds a field error at this field's path without failing the field.</summary>
    void ReportError(GraphQLError error);
}
