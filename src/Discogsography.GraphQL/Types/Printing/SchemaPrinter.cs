using System.Text;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Printing;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js 16 <c>printSchema</c> does: the schema definition only when the roots are
/// not named Query/Mutation/Subscription or there is a description, then the custom directives, then the types in
/// type-map order, built-in scalars and introspection types left out.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The SDL of <paramref name="schema"/>, without a trailing newline (as graphql-js prints it).</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var blocks = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            blocks.Add(definition);
        }

        blocks.AddRange(schema.Directives.Where(d => !d.IsBuiltIn).Select(PrintDirective));
        blocks.AddRange(schema.Types
            .Where(t => !t.IsIntrospectionType && !(t is ScalarType scalar && scalar.IsBuiltIn))
            .Select(PrintType));
        return string.Join("\n\n", blocks);
    }

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl),
        ObjectType objectType => Description(objectType.Description) + "type " + objectType.Name + Implements(objectType) + Fields(objectType),
        InterfaceType interfaceType => Description(interfaceType.Description) + "interface " + interfaceType.Name + Implements(interfaceType) + Fields(interfaceType),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Values.Select((value, i) =>
            Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason))),
        InputObjectType inputObject => Description(inputObject.Description) + "input " + inputObject.Name
            + (inputObject.IsOneOf ? " @oneOf" : string.Empty)
            + Block(inputObject.Fields.Values.Select((field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
        _ => throw new ArgumentException($"Unexpected type {type.Name}.", nameof(type)),
    };

    /// <summary>One directive definition as SDL.</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments([.. directive.Arguments.Values], string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => Language.Syntax.DirectiveLocationNames.ToName(l)));

    private static string? PrintSchemaDefinition(Schema schema)
    {
        bool commonNames = schema.QueryType.Name == "Query"
            && schema.MutationType is null or { Name: "Mutation" }
            && schema.SubscriptionType is null or { Name: "Subscription" };
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operations = new List<string> { "  query: " + schema.QueryType.Name };
        if (schema.MutationType is { } mutation)
        {
            operations.Add("  mutation: " + mutation.Name);
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operations.Add("  subscription: " + subscription.Name);
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(ComplexType type) => Block(type.Fields.Values.Select((field, i) =>
        Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments([.. field.Arguments.Values], "  ")
        + ": " + field.Type + Deprecated(field.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        List<string> lines = [.. items];
        return lines.Count > 0 ? " {\n" + string.Join("\n", lines) + "\n}" : string.Empty;
    }

    private static string Arguments(IReadOnlyList<Argument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((argument, i) =>
            Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value) =>
        value.Name + ": " + value.Type
        + (value.HasDefaultValue ? " = " + ValuePrinter.Print(value.DefaultValue, value.Type) : string.Empty)
        + Deprecated(value.DeprecationReason);

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + StringLiteral.Print(reason) + ")",
    };

    private static string SpecifiedBy(string? url) =>
        url is null ? string.Empty : " @specifiedBy(url: " + StringLiteral.Print(url) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        string literal = BlockStringPrinter.IsPrintableAsBlockString(description)
            ? BlockStringPrinter.Print(description)
            : StringLiteral.Print(description);
        string prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return new StringBuilder(prefix).Append(literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal)).Append('\n').ToString();
    }
}
