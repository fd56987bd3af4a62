using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Fragments;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible: some object type can be both the fragment's type and the enclosing type.</summary>
internal sealed class FragmentSpreadIsPossible : ValidationRule
{
    public override string Id => "PossibleFragmentSpreads";

    public static string InlineMessage(string parentType, string fragmentType) =>
        $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".";

    public static string SpreadMessage(string fragmentName, string parentType, string fragmentType) =>
        $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".";

    public override void EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        if (context.TypeInfo.Type is NamedType fragmentType
            && TypeRelations.IsComposite(fragmentType)
            && context.TypeInfo.ParentType is { } parentType
            && !TypeRelations.Overlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(Id, InlineMessage(parentType.Name, fragmentType.Name), node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        if (context.GetFragment(node.Name.Value) is { } fragment
            && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType
            && TypeRelations.IsComposite(fragmentType)
            && context.TypeInfo.ParentType is { } parentType
            && !TypeRelations.Overlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(Id, SpreadMessage(node.Name.Value, parentType.Name, fragmentType.Name), node);
        }
    }
}
