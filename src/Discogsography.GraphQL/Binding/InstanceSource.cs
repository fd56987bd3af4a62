namespace Discogsography.GraphQL.Binding;

/// <summary>Where the object a resolver member is called on comes from.</summary>
/// <param name="Kind">Static member, resolver class instance, or the parent object itself.</param>
/// <param name="Type">The resolver class or the parent's CLR type.</param>
/// <param name="Shared">A resolver class instance built once at start-up (public parameterless constructor), or null.</param>
/// <param name="Create">Builds a resolver class instance from the request's services when it has no parameterless constructor.</param>
/// <param name="MaybeService">False when the service check says the resolver class is not registered: no lookup per call.</param>
internal sealed record InstanceSource(InstanceKind Kind, Type Type, object? Shared, Delegate? Create, bool MaybeService = true);
