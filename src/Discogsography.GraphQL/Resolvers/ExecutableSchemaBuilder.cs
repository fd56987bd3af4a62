using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Resolvers;

/// <summary>
/// Pairs a <see cref="Schema"/> with its resolvers: per <c>Type.field</c> a resolver (fields without one read the parent's
/// member of the same name), per subscription field a source stream, per interface or union a type resolver, CLR type
/// → object type mappings and result serializers for scalars. <see cref="Build"/> checks every name and gives an
/// immutable <see cref="ExecutableSchema"/>.
/// </summary>
public sealed class ExecutableSchemaBuilder
{
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), PureFieldResolver> _pureResolvers = [];
    private readonly Dictionary<string, SubscribeResolver> _subscriptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _clrTypes = [];
    private readonly Dictionary<string, Func<object?, object?>> _serializers = new(StringComparer.Ordinal);
    private object? _rootValue;

    /// <summary>Starts binding resolvers to <paramref name="schema"/>.</summary>
    public ExecutableSchemaBuilder(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
    }

    /// <summary>The schema being bound.</summary>
    public Schema Schema { get; }

    /// <summary>Resolves <paramref name="typeName"/>.<paramref name="fieldName"/> with <paramref name="resolver"/>.</summary>
    public ExecutableSchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _pureResolvers.Remove((typeName, fieldName));
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Resolves <paramref name="typeName"/>.<paramref name="fieldName"/> with a synchronous read of the parent.</summary>
    public ExecutableSchemaBuilder AddResolver(string typeName, string fieldName, PureFieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers.Remove((typeName, fieldName));
        _pureResolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Gives the subscription root field <paramref name="fieldName"/> its source stream.</summary>
    public ExecutableSchemaBuilder AddSubscription(string fieldName, SubscribeResolver subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        _subscriptions[fieldName] = subscribe;
        return this;
    }

    /// <summary>Resolves the object type of values of the interface or union <paramref name="abstractTypeName"/>.</summary>
    public ExecutableSchemaBuilder AddTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Maps values of <paramref name="clrType"/> to the object type <paramref name="objectTypeName"/> for the default type resolver.</summary>
    public ExecutableSchemaBuilder MapClrType(Type clrType, string objectTypeName)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        _clrTypes[clrType] = objectTypeName;
        return this;
    }

    /// <summary>Serializes results of the scalar <paramref name="scalarName"/> with <paramref name="serialize"/> instead of its coercion.</summary>
    public ExecutableSchemaBuilder AddScalarSerializer(string scalarName, Func<object?, object?> serialize)
    {
        ArgumentNullException.ThrowIfNull(serialize);
        _serializers[scalarName] = serialize;
        return this;
    }

    /// <summary>The root value every operation starts from (default: null).</summary>
    public ExecutableSchemaBuilder UseRootValue(object? rootValue)
    {
        _rootValue = rootValue;
        return this;
    }

    /// <summary>Checks every registered name against the schema and builds the immutable result.</summary>
    /// <exception cref="SchemaException">A resolver names a type or field the schema does not have, or a type of the wrong kind.</exception>
    public ExecutableSchema Build()
    {
        var problems = new List<SchemaProblem>();
        foreach ((string type, string field) in _resolvers.Keys.Concat(_pureResolvers.Keys))
        {
            CheckField(type, field, problems);
        }

        foreach (string field in _subscriptions.Keys)
        {
            if (Schema.SubscriptionType is null)
            {
                problems.Add(Problem($"Cannot subscribe to \"{field}\": the schema has no subscription type."));
            }
            else
            {
                CheckField(Schema.SubscriptionType.Name, field, problems);
            }
        }

        foreach (string name in _typeResolvers.Keys)
        {
            if (Schema.GetType(name) is not (InterfaceType or UnionType))
            {
                problems.Add(Problem($"Cannot resolve the type of \"{name}\": it is not an interface or union type of the schema."));
            }
        }

        foreach ((Type clrType, string name) in _clrTypes)
        {
            if (Schema.GetType(name) is not ObjectType)
            {
                problems.Add(Problem($"Cannot map {clrType.Name} to \"{name}\": it is not an object type of the schema."));
            }
        }

        foreach (string name in _serializers.Keys)
        {
            if (Schema.GetType(name) is not ScalarType)
            {
                problems.Add(Problem($"Cannot serialize \"{name}\": it is not a scalar type of the schema."));
            }
        }

        return problems.Count > 0
            ? throw new SchemaException(problems)
            : new ExecutableSchema(Schema, BindFields(), BindTypeResolvers(), new Dictionary<string, Func<object?, object?>>(_serializers), _rootValue);
    }

    private void CheckField(string typeName, string fieldName, List<SchemaProblem> problems)
    {
        if (Schema.GetType(typeName) is not ObjectType objectType)
        {
            problems.Add(Problem($"Cannot resolve \"{typeName}.{fieldName}\": \"{typeName}\" is not an object type of the schema."));
        }
        else if (!objectType.Fields.ContainsKey(fieldName))
        {
            problems.Add(Problem($"Cannot resolve \"{typeName}.{fieldName}\": \"{typeName}\" has no field \"{fieldName}\"."));
        }
    }

    private Dictionary<(string Type, string Field), FieldBinding> BindFields()
    {
        var bindings = new Dictionary<(string Type, string Field), FieldBinding>();
        foreach (ObjectType type in Schema.Types.OfType<ObjectType>())
        {
            foreach (string field in type.Fields.Keys)
            {
                (string, string) key = (type.Name, field);
                if (type.IsIntrospectionType)
                {
                    bindings[key] = IntrospectionResolvers.ForTypeField(type.Name, field);
                    continue;
                }

                SubscribeResolver? subscribe = type == Schema.SubscriptionType ? _subscriptions.GetValueOrDefault(field) : null;
                bindings[key] = _resolvers.TryGetValue(key, out FieldResolver? resolver)
                    ? new FieldBinding { Resolver = resolver, Subscribe = subscribe }
                    : _pureResolvers.TryGetValue(key, out PureFieldResolver? pure)
                        ? new FieldBinding { PureResolver = pure, Subscribe = subscribe }
                        : new FieldBinding { PureResolver = DefaultResolvers.ReadMember(field), Subscribe = subscribe, IsDefault = true };
            }
        }

        return bindings;
    }

    private Dictionary<string, TypeResolver> BindTypeResolvers()
    {
        var fallback = new DefaultTypeResolver(new Dictionary<Type, string>(_clrTypes));
        var resolvers = new Dictionary<string, TypeResolver>(StringComparer.Ordinal);
        foreach (NamedType type in Schema.Types)
        {
            if (type is InterfaceType or UnionType)
            {
                resolvers[type.Name] = _typeResolvers.GetValueOrDefault(type.Name) ?? fallback.Resolve;
            }
        }

        return resolvers;
    }

    private static SchemaProblem Problem(string message) => new(message, []);
}
