using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// Directives on type-system nodes and the directive location of any node that carries directives. A document sent
/// for execution should hold no type-system definitions, but the directive rules still check them as graphql-js does.
/// </summary>
internal static class TypeSystemDirectives
{
    public static IReadOnlyList<DirectiveNode>? Of(SyntaxNode node) => node switch
    {
        TypeDefinitionNode type => type.Directives,
        TypeSystemExtensionNode extension => extension.Directives,
        SchemaDefinitionNode schema => schema.Directives,
        FieldDefinitionNode field => field.Directives,
        InputValueDefinitionNode input => input.Directives,
        EnumValueDefinitionNode value => value.Directives,
        _ => null,
    };

    /// <summary>The location a directive on <paramref name="holder"/> stands at; <paramref name="holderParent"/> tells arguments from input fields.</summary>
    public static DirectiveLocation? LocationOf(SyntaxNode holder, SyntaxNode? holderParent) => holder switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
        InputValueDefinitionNode => holderParent is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition,
        _ => null,
    };
}
