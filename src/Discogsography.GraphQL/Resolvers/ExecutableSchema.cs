using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Resolvers;

/// <summary>
/// A schema with its resolvers bound, immutable and shared by every request. Build one with
/// <see cref="ExecutableSchemaBuilder"/>; the executor runs operations against it.
/// </summary>
public sealed class ExecutableSchema
{
    private readonly Dictionary<(string Type, string Field), FieldBinding> _fields;
    private readonly Dictionary<string, TypeResolver> _typeResolvers;
    private readonly Dictionary<string, Func<object?, object?>> _serializers;

    internal ExecutableSchema(
        Schema schema,
        Dictionary<(string Type, string Field), FieldBinding> fields,
        Dictionary<string, TypeResolver> typeResolvers,
        Dictionary<string, Func<object?, object?>> serializers,
        object? rootValue)
    {
        Schema = schema;
        _fields = fields;
        _typeResolvers = typeResolvers;
        _serializers = serializers;
        RootValue = rootValue;
    }

    /// <summary>The type system.</summary>
    public Schema Schema { get; }

    /// <summary>The root value operations start from.</summary>
    public object? RootValue { get; }

    /// <summary>How <paramref name="typeName"/>.<paramref name="fieldName"/> is resolved, or null when the object type has no such field.</summary>
    public FieldBinding? GetBinding(string typeName, string fieldName) => _fields.GetValueOrDefault((typeName, fieldName));

    /// <summary>A copy whose field bindings are replaced by <paramref name="map"/> (type name, field name, binding); for decorators such as authorization.</summary>
    internal ExecutableSchema MapBindings(Func<string, string, FieldBinding, FieldBinding> map) =>
        new(Schema, _fields.ToDictionary(f => f.Key, f => map(f.Key.Type, f.Key.Field, f.Value)), _typeResolvers, _serializers, RootValue);

    /// <summary>The fields that fall back to the default member read, as <c>Type.field</c> (introspection types excluded).</summary>
    public IEnumerable<string> DefaultBoundFields =>
        _fields.Where(f => f.Value.IsDefault && !f.Key.Type.StartsWith("__", StringComparison.Ordinal))
            .Select(f => $"{f.Key.Type}.{f.Key.Field}");

    /// <summary>The type resolver of the interface or union <paramref name="abstractType"/>.</summary>
    public TypeResolver GetTypeResolver(NamedType abstractType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        return _typeResolvers[abstractType.Name];
    }

    /// <summary>Result coercion of <paramref name="scalar"/>: the registered serializer, else the scalar's coercion.</summary>
    public object? Serialize(ScalarType scalar, object? value)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (_serializers.Count == 0)
        {
            // The hot path: built-in scalars whose runtime value is already the serialized form.
            switch (value)
            {
                case string when ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.ID):
                case int when ReferenceEquals(scalar, BuiltInScalars.Int):
                case bool when ReferenceEquals(scalar, BuiltInScalars.Boolean):
                    return value;
                case double number when ReferenceEquals(scalar, BuiltInScalars.Float) && double.IsFinite(number):
                    return value;
                default:
                    return scalar.Serialize(value);
            }
        }

        return _serializers.TryGetValue(scalar.Name, out Func<object?, object?>? serialize) ? serialize(value) : scalar.Serialize(value);
    }
}
