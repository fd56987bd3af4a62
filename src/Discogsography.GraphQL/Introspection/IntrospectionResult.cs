using System.Text.Json.Nodes;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Introspection;

/// <summary>
/// The <c>data</c> graphql-js returns for <c>getIntrospectionQuery({ descriptions, specifiedByUrl, directiveIsRepeatable,
/// schemaDescription, inputValueDeprecation, oneOf })</c>, computed straight from the schema model (keys in the query's order).
/// </summary>
public static class IntrospectionResult
{
    /// <summary>How many <c>ofType</c> levels graphql-js's <c>TypeRef</c> fragment asks for below the first.</summary>
    private const int TypeRefDepth = 9;

    /// <summary>The introspection data of <paramref name="schema"/>: <c>{ "__schema": { ... } }</c>.</summary>
    public static JsonObject Build(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var data = new JsonObject
        {
            ["__schema"] = new JsonObject
            {
                ["description"] = schema.Description,
                ["queryType"] = RootRef(schema.QueryType),
                ["mutationType"] = RootRef(schema.MutationType),
                ["subscriptionType"] = RootRef(schema.SubscriptionType),
                ["types"] = new JsonArray([.. schema.Types.Select(t => FullType(schema, t))]),
                ["directives"] = new JsonArray([.. schema.Directives.Select(Directive)]),
            },
        };
        return data;
    }

    private static JsonObject? RootRef(ObjectType? root) =>
        root is null ? null : new JsonObject { ["name"] = root.Name, ["kind"] = "OBJECT" };

    private static JsonObject FullType(Schema schema, NamedType type) => new()
    {
        ["kind"] = KindName(type.Kind),
        ["name"] = type.Name,
        ["description"] = type.Description,
        ["specifiedByURL"] = (type as ScalarType)?.SpecifiedByUrl,
        ["isOneOf"] = type is InputObjectType inputObject ? inputObject.IsOneOf : null,
        ["fields"] = type is ComplexType complex ? new JsonArray([.. complex.Fields.Values.Select(Field)]) : null,
        ["inputFields"] = type is InputObjectType input ? new JsonArray([.. input.Fields.Values.Select(InputValue)]) : null,
        ["interfaces"] = type is ComplexType implementing ? new JsonArray([.. implementing.Interfaces.Select(i => TypeRef(i, 0))]) : null,
        ["enumValues"] = type is EnumType enumType ? new JsonArray([.. enumType.Values.Values.Select(EnumValue)]) : null,
        ["possibleTypes"] = type is InterfaceType or UnionType
            ? new JsonArray([.. schema.GetPossibleTypes(type).Select(t => TypeRef(t, 0))])
            : null,
    };

    private static JsonObject Field(OutputField field) => new()
    {
        ["name"] = field.Name,
        ["description"] = field.Description,
        ["args"] = new JsonArray([.. field.Arguments.Values.Select(InputValue)]),
        ["type"] = TypeRef(field.Type, 0),
        ["isDeprecated"] = field.IsDeprecated,
        ["deprecationReason"] = field.DeprecationReason,
    };

    private static JsonObject InputValue(InputValue value) => new()
    {
        ["name"] = value.Name,
        ["description"] = value.Description,
        ["type"] = TypeRef(value.Type, 0),
        ["defaultValue"] = value.HasDefaultValue ? ValuePrinter.Print(value.DefaultValue, value.Type) : null,
        ["isDeprecated"] = value.IsDeprecated,
        ["deprecationReason"] = value.DeprecationReason,
    };

    private static JsonObject EnumValue(EnumValue value) => new()
    {
        ["name"] = value.Name,
        ["description"] = value.Description,
        ["isDeprecated"] = value.IsDeprecated,
        ["deprecationReason"] = value.DeprecationReason,
    };

    private static JsonObject Directive(DirectiveDefinition directive) => new()
    {
        ["name"] = directive.Name,
        ["description"] = directive.Description,
        ["isRepeatable"] = directive.IsRepeatable,
        ["locations"] = new JsonArray([.. directive.Locations.Select(l => (JsonNode)l.ToName())]),
        ["args"] = new JsonArray([.. directive.Arguments.Values.Select(InputValue)]),
    };

    /// <summary>graphql-js's <c>TypeRef</c> fragment: <c>kind, name, ofType</c> at the top, <c>name, kind, ofType</c> below.</summary>
    private static JsonObject TypeRef(GraphQLType type, int depth)
    {
        string? name = type is NamedType named ? named.Name : null;
        var node = depth == 0
            ? new JsonObject { ["kind"] = KindName(type.Kind), ["name"] = name }
            : new JsonObject { ["name"] = name, ["kind"] = KindName(type.Kind) };
        if (depth < TypeRefDepth)
        {
            node["ofType"] = type switch
            {
                ListType list => TypeRef(list.OfType, depth + 1),
                NonNullType nonNull => TypeRef(nonNull.OfType, depth + 1),
                _ => null,
            };
        }

        return node;
    }

    /// <summary>The <c>__TypeKind</c> name of <paramref name="kind"/>.</summary>
    public static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };
}
