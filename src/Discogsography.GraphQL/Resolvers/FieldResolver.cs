namespace Discogsography.GraphQL.Resolvers;

/// <summary>
/// Produces the value of one field for one parent object. Return synchronously (a completed <see cref="ValueTask{TResult}"/>)
/// whenever the value is at hand: the executor then allocates no task. Throw <see cref="GraphQLException"/> to report a field
/// error with its own code; any other exception becomes a masked <c>INTERNAL_SERVER_ERROR</c>.
/// </summary>
/// <param name="context">The parent, the coerced arguments and the request's services.</param>
/// <returns>The field's raw value; the executor completes it against the field's type.</returns>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>
/// The fast path for a field that is a pure read of its parent (a property or map entry): no arguments, no services,
/// no context allocation. The default resolver is one of these.
/// </summary>
/// <param name="parent">The parent object (the root value for a root field).</param>
/// <returns>The field's raw value.</returns>
public delegate object? PureFieldResolver(object? parent);

/// <summary>
/// Creates the source stream of a subscription root field (spec CreateSourceEventStream). Each event the stream yields is
/// the root value of one execution of the subscription's selection set. Disposing the enumerator (or cancelling
/// <see cref="IResolverContext.RequestAborted"/>) must stop the source.
/// </summary>
/// <param name="context">The root value, the coerced arguments and the request's services.</param>
/// <returns>The source stream.</returns>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);

/// <summary>
/// Decides the object type of a value of an interface or union type (spec ResolveAbstractType).
/// </summary>
/// <param name="value">The non-null value a field returned.</param>
/// <param name="abstractType">The interface or union the field declares.</param>
/// <param name="schema">The schema, to look types up by name.</param>
/// <returns>The value's object type, or null when it cannot tell (a field error).</returns>
public delegate Types.ObjectType? TypeResolver(object value, Types.NamedType abstractType, Types.Schema schema);
