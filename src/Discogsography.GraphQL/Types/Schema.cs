namespace Discogsography.GraphQL.Types;

/// <summary>
/// A validated, immutable GraphQL schema: root operation types, every named type (built-in and introspection types
/// included, in graphql-js order) and the directives. Build one with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, List<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, List<ComplexType>> _implementations = [];

    internal Schema(SchemaParts parts, IReadOnlyList<NamedType> types)
    {
        Description = parts.Description;
        QueryType = (ObjectType)parts.Query!;
        MutationType = parts.Mutation as ObjectType;
        SubscriptionType = parts.Subscription as ObjectType;
        Directives = parts.Directives;
        AppliedDirectives = parts.AppliedDirectives;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        Types = types;
        _directives = parts.Directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (NamedType type in types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = [.. union.Types];
                    break;
                case ComplexType complex:
                    foreach (InterfaceType implemented in complex.Interfaces)
                    {
                        Add(_implementations, implemented, complex);
                        if (complex is ObjectType objectType)
                        {
                            Add(_possibleTypes, implemented, objectType);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The schema's description, if any.</summary>
    public string? Description { get; }

    /// <summary>The root type of query operations.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The root type of mutation operations, if the schema supports them.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The root type of subscription operations, if the schema supports them.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in graphql-js type-map order (as introspection lists them).</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>Every directive the schema declares, built-in ones included, in graphql-js order.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The directives applied to the schema definition and its extensions.</summary>
    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; }

    /// <summary>The named type called <paramref name="name"/>, or null.</summary>
    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The directive called <paramref name="name"/> (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type of an operation: <c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public ObjectType? GetRootType(string operation) => operation switch
    {
        "query" => QueryType,
        "mutation" => MutationType,
        "subscription" => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of <paramref name="abstractType"/> may be: union members or interface implementations.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        ObjectType objectType => [objectType],
        _ => _possibleTypes.TryGetValue(abstractType, out List<ObjectType>? types) ? types : [],
    };

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<ComplexType> GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out List<ComplexType>? types) ? types : [];

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or an implementation of the interface <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType member && union.Types.Contains(member),
        InterfaceType interfaceType => maybeSubType is ComplexType complex && complex.Interfaces.Contains(interfaceType),
        _ => false,
    };

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out List<TValue>? list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
