using System.Linq.Expressions;
using System.Reflection;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Binding;

/// <summary>One field bound to a CLR member, with the compiled resolver and the expression it was compiled from.</summary>
internal sealed class BoundField
{
    /// <summary>The object type's name.</summary>
    public required string TypeName { get; init; }

    /// <summary>The field's name.</summary>
    public required string FieldName { get; init; }

    /// <summary>The CLR member the field is bound to.</summary>
    public required MemberInfo Member { get; init; }

    /// <summary>The compiled general resolver, or null when <see cref="PureResolver"/> is set.</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>The compiled parent read, or null when <see cref="Resolver"/> is set.</summary>
    public PureFieldResolver? PureResolver { get; init; }

    /// <summary>The compiled source stream of a subscription field, or null.</summary>
    public SubscribeResolver? Subscribe { get; init; }

    /// <summary>The lambda <see cref="Resolver"/> or <see cref="PureResolver"/> was compiled from.</summary>
    public required LambdaExpression ResolverExpression { get; init; }

    /// <summary>The lambda <see cref="Subscribe"/> was compiled from, or null.</summary>
    public LambdaExpression? SubscribeExpression { get; init; }
}
