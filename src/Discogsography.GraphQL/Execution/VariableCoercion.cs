using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// Stage 5 of the pipeline, the spec's CoerceVariableValues: each declared variable from the request's raw values, its
/// default, or absent; null versus missing kept apart. Any failure is a request error (the response has no <c>data</c>).
/// </summary>
internal static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> _none = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return _none;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (VariableDefinitionNode definition in operation.VariableDefinitions)
        {
            string name = definition.Variable.Name.Value;
            GraphQLType? type = TypeFromSyntax(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(Error($"Variable \"${name}\" expected value of type \"{SyntaxPrinter.Print(definition.Type)}\" which cannot be used as an input type.", definition));
                continue;
            }

            bool given = inputs is not null && inputs.TryGetValue(name, out _);
            object? raw = given ? inputs![name] : null;
            if (raw is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined })
            {
                raw = null;
            }

            try
            {
                if (!given && definition.DefaultValue is not null)
                {
                    coerced[name] = InputLiteralCoercion.Coerce(definition.DefaultValue, type);
                }
                else if (type is NonNullType && raw is null)
                {
                    errors.Add(Error(given
                        ? $"Variable \"${name}\" of non-null type \"{type}\" must not be null."
                        : $"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }
                else if (given)
                {
                    coerced[name] = raw is null ? null : InputValueCoercion.Coerce(raw, type);
                }
            }
            catch (CoercionException exception)
            {
                errors.Add(Error($"Variable \"${name}\" got invalid value {ValueDisplay.Inspect(raw)}; {exception.Message}", definition));
            }
        }

        return coerced;
    }

    /// <summary>The schema type a type reference names, or null when a named type is unknown.</summary>
    public static GraphQLType? TypeFromSyntax(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromSyntax(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromSyntax(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static GraphQLError Error(string message, SyntaxNode node) => new(message, ExecutionErrorCodes.InvalidVariable)
    {
        Locations = node.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : [],
    };
}
