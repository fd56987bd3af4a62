using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Fragments;

/// <summary>Spec 5.5.1.3 Fragments On Object, Interface or Union Types: a fragment's type condition is a composite type.</summary>
internal sealed class FragmentsOnCompositeTypes : ValidationRule
{
    public override string Id => "FragmentsOnCompositeTypes";

    public static string InlineMessage(string type) => $"Fragment cannot condition on non composite type \"{type}\".";

    public static string FragmentMessage(string fragmentName, string type) =>
        $"Fragment \"{fragmentName}\" cannot condition on non composite type \"{type}\".";

    public override void EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        if (node.TypeCondition is { } condition && IsNonComposite(context, condition))
        {
            context.ReportError(Id, InlineMessage(SyntaxPrinter.Print(condition)), condition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        if (IsNonComposite(context, node.TypeCondition))
        {
            context.ReportError(Id, FragmentMessage(node.Name.Value, SyntaxPrinter.Print(node.TypeCondition)), node.TypeCondition);
        }
    }

    private static bool IsNonComposite(ValidationContext context, NamedTypeNode condition) =>
        context.Schema.GetType(condition.Name.Value) is NamedType type && !TypeRelations.IsComposite(type);
}
