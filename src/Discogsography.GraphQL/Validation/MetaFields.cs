using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation;

/// <summary>The introspection meta-fields every selection can see: <c>__typename</c>, and <c>__schema</c>/<c>__type</c> on the query root.</summary>
internal static class MetaFields
{
    public static OutputField TypeName { get; } = new() { Name = "__typename", Type = new NonNullType(BuiltInScalars.String) };

    public static OutputField Schema { get; } = new() { Name = "__schema", Type = new NonNullType(IntrospectionTypes.Schema) };

    public static OutputField Type { get; } = new()
    {
        Name = "__type",
        Type = IntrospectionTypes.Type,
        Arguments = new Dictionary<string, Argument>(StringComparer.Ordinal)
        {
            ["name"] = new Argument { Name = "name", Type = new NonNullType(BuiltInScalars.String) },
        },
    };

    /// <summary>The definition of <paramref name="fieldName"/> on <paramref name="parentType"/>, meta-fields included.</summary>
    public static OutputField? Find(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            switch (fieldName)
            {
                case "__schema" when ReferenceEquals(parentType, schema.QueryType):
                    return Schema;
                case "__type" when ReferenceEquals(parentType, schema.QueryType):
                    return Type;
                case "__typename" when TypeRelations.IsComposite(parentType):
                    return TypeName;
            }
        }

        return parentType is ComplexType complex ? complex.Fields.GetValueOrDefault(fieldName) : null;
    }
}
