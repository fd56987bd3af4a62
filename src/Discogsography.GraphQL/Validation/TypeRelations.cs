using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation;

/// <summary>The type predicates and comparisons the rules share (spec: IsInputType, IsSubType, type overlap).</summary>
internal static class TypeRelations
{
    public static bool IsComposite(GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsLeaf(GraphQLType? type) => type is ScalarType or EnumType;

    public static bool IsInput(GraphQLType? type) => type is not null && type.IsInputType;

    public static bool IsOutput(GraphQLType? type) => type is not null && type.IsOutputType;

    public static GraphQLType? Nullable(GraphQLType? type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>The schema type a type reference names, or null when a named type is unknown.</summary>
    public static GraphQLType? FromSyntax(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => FromSyntax(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => FromSyntax(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected.</summary>
    public static bool IsSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (maybeSubType.Equals(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        return maybeSubType is not ListType
            && superType is InterfaceType or UnionType
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether some object type can be both <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static bool Overlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is InterfaceType or UnionType)
        {
            return b is InterfaceType or UnionType
                ? schema.GetPossibleTypes(b).Any(type => schema.IsSubType(a, type))
                : schema.IsSubType(a, b);
        }

        return b is InterfaceType or UnionType && schema.IsSubType(b, a);
    }
}
