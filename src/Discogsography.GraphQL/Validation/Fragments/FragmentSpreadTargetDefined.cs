using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Fragments;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined: every spread names a fragment defined in the document.</summary>
internal sealed class FragmentSpreadTargetDefined : ValidationRule
{
    public override string Id => "KnownFragmentNames";

    public static string Message(string fragmentName) => $"Unknown fragment \"{fragmentName}\".";

    public override void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError(Id, Message(node.Name.Value), node.Name);
        }
    }
}
