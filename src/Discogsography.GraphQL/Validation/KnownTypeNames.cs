using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// Every type named outside a fragment's type condition (variable types; type-system nodes in a document that should
/// not hold them) exists. graphql-js's KnownTypeNames; the spec states it with Variables Are Input Types.
/// </summary>
internal sealed class KnownTypeNames : ValidationRule
{
    public override string Id => "KnownTypeNames";

    public override void EnterNamedType(NamedTypeNode node, ValidationContext context)
    {
        if (context.Parent is FragmentDefinitionNode or InlineFragmentNode)
        {
            return;
        }

        bool isTypeSystem = context.Definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        TypeNameCheck.Check(this, node, context, isTypeSystem);
    }
}
