using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Fragments;

/// <summary>Spec 5.5.1.2 Fragment Spread Type Existence: the type condition of every fragment names a type of the schema.</summary>
internal sealed class FragmentSpreadTypeExistence : ValidationRule
{
    public override string Id => "KnownTypeNames";

    public override void EnterNamedType(NamedTypeNode node, ValidationContext context)
    {
        if (context.Parent is FragmentDefinitionNode or InlineFragmentNode)
        {
            TypeNameCheck.Check(this, node, context, isTypeSystem: false);
        }
    }
}
