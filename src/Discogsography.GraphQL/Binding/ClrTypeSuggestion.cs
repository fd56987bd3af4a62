using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>The C# type a fix should suggest for a GraphQL type: <c>Int!</c> → <c>int</c>, <c>[ID!]</c> → <c>IReadOnlyList&lt;string&gt;?</c>.</summary>
internal static class ClrTypeSuggestion
{
    public static string For(GraphQLType type)
    {
        bool nullable = type is not NonNullType;
        GraphQLType inner = type is NonNullType nonNull ? nonNull.OfType : type;
        string name = inner switch
        {
            ListType list => $"IReadOnlyList<{For(list.OfType)}>",
            ScalarType scalar => ForScalar(scalar.Name),
            NamedType named => named.Name,
            _ => "object",
        };
        return nullable ? name + "?" : name;
    }

    public static string ForScalar(string scalarName) => scalarName switch
    {
        "Int" => "int",
        "Float" => "double",
        "String" or "ID" => "string",
        "Boolean" => "bool",
        "DateTime" => "DateTimeOffset",
        "Long" => "long",
        _ => "object",
    };
}
