using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Type system definitions and extensions.</summary>
public static partial class SyntaxPrinter
{
    private static string RenderTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => Described(schema.Description,
            ["schema", Directives(schema.Directives), Block(schema.OperationTypes)]),
        OperationTypeDefinitionNode operationType => Join([OperationKeyword(operationType.Operation), ": ", Render(operationType.Type)]),
        ScalarTypeDefinitionNode scalar => Described(scalar.Description,
            ["scalar", Render(scalar.Name), Directives(scalar.Directives)]),
        ObjectTypeDefinitionNode type => Described(type.Description,
            ["type", Render(type.Name), Interfaces(type.Interfaces), Directives(type.Directives), Block(type.Fields)]),
        FieldDefinitionNode field => Join(
        [
            Description(field.Description),
            Render(field.Name),
            ArgumentDefinitions(field.Arguments),
            ": ",
            Render(field.Type),
            Wrap(" ", Directives(field.Directives)),
        ]),
        InputValueDefinitionNode input => Join(
        [
            Description(input.Description),
            Render(input.Name),
            ": ",
            Render(input.Type),
            Wrap(" = ", Render(input.DefaultValue)),
            Wrap(" ", Directives(input.Directives)),
        ]),
        InterfaceTypeDefinitionNode type => Described(type.Description,
            ["interface", Render(type.Name), Interfaces(type.Interfaces), Directives(type.Directives), Block(type.Fields)]),
        UnionTypeDefinitionNode union => Described(union.Description,
            ["union", Render(union.Name), Directives(union.Directives), Wrap("= ", Join(union.Types, " | "))]),
        EnumTypeDefinitionNode type => Described(type.Description,
            ["enum", Render(type.Name), Directives(type.Directives), Block(type.Values)]),
        EnumValueDefinitionNode value => Described(value.Description, [Render(value.Name), Directives(value.Directives)]),
        InputObjectTypeDefinitionNode input => Described(input.Description,
            ["input", Render(input.Name), Directives(input.Directives), Block(input.Fields)]),
        DirectiveDefinitionNode directive => Join(
        [
            Description(directive.Description),
            "directive @",
            Render(directive.Name),
            ArgumentDefinitions(directive.Arguments),
            directive.Repeatable ? " repeatable" : string.Empty,
            " on ",
            Join(directive.Locations, " | "),
        ]),
        _ => RenderExtension(node),
    };

    private static string RenderExtension(SyntaxNode node) => node switch
    {
        SchemaExtensionNode schema => Join(["extend schema", Directives(schema.Directives), Block(schema.OperationTypes)], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", Render(scalar.Name), Directives(scalar.Directives)], " "),
        ObjectTypeExtensionNode type => Join(
            ["extend type", Render(type.Name), Interfaces(type.Interfaces), Directives(type.Directives), Block(type.Fields)], " "),
        InterfaceTypeExtensionNode type => Join(
            ["extend interface", Render(type.Name), Interfaces(type.Interfaces), Directives(type.Directives), Block(type.Fields)], " "),
        UnionTypeExtensionNode union => Join(
            ["extend union", Render(union.Name), Directives(union.Directives), Wrap("= ", Join(union.Types, " | "))], " "),
        EnumTypeExtensionNode type => Join(["extend enum", Render(type.Name), Directives(type.Directives), Block(type.Values)], " "),
        InputObjectTypeExtensionNode input => Join(
            ["extend input", Render(input.Name), Directives(input.Directives), Block(input.Fields)], " "),
        _ => throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node)),
    };

    /// <summary>A definition: its description on the line above, then its parts separated by spaces.</summary>
    private static string Described(StringValueNode? description, ReadOnlySpan<string> parts) =>
        Join([Description(description), Join(parts, " ")]);

    private static string Interfaces(IReadOnlyList<NamedTypeNode> interfaces) => Wrap("implements ", Join(interfaces, " & "));

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
