using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Introspection;

/// <summary>
/// The meta-fields every selection may ask for without the schema declaring them: <c>__typename</c> on any composite
/// type, and <c>__schema</c> and <c>__type(name:)</c> on the query root (spec §4.1, descriptions as in graphql-js 16).
/// </summary>
public static class IntrospectionFields
{
    private static readonly Lazy<OutputField> SchemaField = new(() => new OutputField
    {
        Name = "__schema",
        Description = "Access the current type schema of this server.",
        Type = new NonNullType(IntrospectionTypes.Schema),
    });

    private static readonly Lazy<OutputField> TypeField = new(() => new OutputField
    {
        Name = "__type",
        Description = "Request the type information of a single type.",
        Type = IntrospectionTypes.Type,
        Arguments = new Dictionary<string, Argument>(StringComparer.Ordinal)
        {
            ["name"] = new Argument { Name = "name", Type = new NonNullType(BuiltInScalars.String) },
        },
    });

    private static readonly Lazy<OutputField> TypeNameField = new(() => new OutputField
    {
        Name = "__typename",
        Description = "The name of the current Object type at runtime.",
        Type = new NonNullType(BuiltInScalars.String),
    });

    /// <summary><c>__schema: __Schema!</c>, on the query root only.</summary>
    public static OutputField Schema => SchemaField.Value;

    /// <summary><c>__type(name: String!): __Type</c>, on the query root only.</summary>
    public static OutputField Type => TypeField.Value;

    /// <summary><c>__typename: String!</c>, on every object, interface and union type.</summary>
    public static OutputField TypeName => TypeNameField.Value;

    /// <summary>
    /// The field named <paramref name="fieldName"/> on <paramref name="parentType"/>, meta-fields included
    /// (<c>__schema</c> and <c>__type</c> only when the parent is the query root); null when there is none.
    /// </summary>
    public static OutputField? FindField(Schema schema, NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        return fieldName switch
        {
            "__typename" when parentType is ComplexType or UnionType => TypeName,
            "__schema" when ReferenceEquals(parentType, schema.QueryType) => Schema,
            "__type" when ReferenceEquals(parentType, schema.QueryType) => Type,
            _ => parentType is ComplexType complex ? complex.Fields.GetValueOrDefault(fieldName) : null,
        };
    }
}
