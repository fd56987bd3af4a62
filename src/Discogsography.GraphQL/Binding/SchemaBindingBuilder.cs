using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// Binds resolver classes to a schema-first <see cref="Schema"/> and checks, at start-up, that every field of every
/// object type can be resolved. The one mechanism is this builder:
/// <list type="bullet">
/// <item><see cref="BindResolver{TResolvers}(string)"/> registers a class whose public methods and properties resolve the
/// fields of a GraphQL object type: the field <c>artist</c> is the member <c>Artist</c>, <c>GetArtist</c> or
/// <c>ArtistAsync</c> (case ignored; <see cref="GraphQLNameAttribute"/> overrides). Instances come from the request's
/// services when registered there, else one instance is made at start-up (public parameterless constructor) or per call
/// (constructor parameters from services); static members need no instance.</item>
/// <item><see cref="BindRuntimeType{T}(string)"/> declares the CLR type of an object type's values; fields without a resolver
/// member then read the parent's own property or method of the same name (the default resolver). Runtime types are also
/// inferred from what resolvers return.</item>
/// </list>
/// <see cref="Bind"/> compiles every resolver and throws one <see cref="BindingException"/> listing every problem.
/// </summary>
public sealed class SchemaBindingBuilder
{
    private readonly Dictionary<string, List<Type>> _resolverClasses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _runtimeTypes = new(StringComparer.Ordinal);
    private Func<Type, bool>? _isService;

    /// <summary>Starts binding resolvers to <paramref name="schema"/>.</summary>
    public SchemaBindingBuilder(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
    }

    /// <summary>The schema being bound.</summary>
    public Schema Schema { get; }

    /// <summary>Resolves fields of the object type <paramref name="typeName"/> with the members of <typeparamref name="TResolvers"/>.</summary>
    public SchemaBindingBuilder BindResolver<TResolvers>(string typeName) => BindResolver(typeof(TResolvers), typeName);

    /// <summary>Resolves fields of the object type <paramref name="typeName"/> with the members of <paramref name="resolverType"/>.</summary>
    public SchemaBindingBuilder BindResolver(Type resolverType, string typeName)
    {
        ArgumentNullException.ThrowIfNull(resolverType);
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        if (!_resolverClasses.TryGetValue(typeName, out List<Type>? classes))
        {
            _resolverClasses[typeName] = classes = [];
        }

        if (!classes.Contains(resolverType))
        {
            classes.Add(resolverType);
        }

        return this;
    }

    /// <summary>Declares that values of the object type <paramref name="typeName"/> are <typeparamref name="T"/> instances.</summary>
    public SchemaBindingBuilder BindRuntimeType<T>(string typeName) => BindRuntimeType(typeof(T), typeName);

    /// <summary>Declares that values of the object type <paramref name="typeName"/> are <paramref name="clrType"/> instances.</summary>
    public SchemaBindingBuilder BindRuntimeType(Type clrType, string typeName)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        _runtimeTypes[typeName] = clrType;
        return this;
    }

    /// <summary>
    /// Lets the start-up check tell services from mistakes: a parameter that is neither an argument nor injected by the
    /// engine must be a type for which <paramref name="isService"/> is true (for example <c>IServiceProviderIsService.IsService</c>).
    /// Without it, every such parameter of a reference type is taken to be a service.
    /// </summary>
    public SchemaBindingBuilder UseServiceCheck(Func<Type, bool> isService)
    {
        ArgumentNullException.ThrowIfNull(isService);
        _isService = isService;
        return this;
    }

    /// <summary>Binds and compiles every field's resolver.</summary>
    /// <exception cref="BindingException">Some field cannot be resolved or some type does not fit; every problem is listed.</exception>
    public SchemaBinding Bind() => new SchemaBinder(
        Schema,
        _resolverClasses.ToDictionary(p => p.Key, p => (IReadOnlyList<Type>)[.. p.Value], StringComparer.Ordinal),
        new Dictionary<string, Type>(_runtimeTypes, StringComparer.Ordinal),
        _isService).Bind();
}
