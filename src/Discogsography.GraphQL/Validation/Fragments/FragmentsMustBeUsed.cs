using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Fragments;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is reached from some operation.</summary>
internal sealed class FragmentsMustBeUsed : ValidationRule
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override string Id => "NoUnusedFragments";

    public static string Message(string fragmentName) => $"Fragment \"{fragmentName}\" is never used.";

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => _operations.Add(node);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => _fragments.Add(node);

    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (OperationDefinitionNode operation in _operations)
        {
            used.UnionWith(context.GetRecursivelyReferencedFragments(operation).Select(f => f.Name.Value));
        }

        foreach (FragmentDefinitionNode fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError(Id, Message(fragment.Name.Value), fragment);
            }
        }
    }
}
