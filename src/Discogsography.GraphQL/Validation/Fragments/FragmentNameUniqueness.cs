using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Fragments;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness: no two fragments share a name.</summary>
internal sealed class FragmentNameUniqueness : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override string Id => "UniqueFragmentNames";

    public static string Message(string name) => $"There can be only one fragment named \"{name}\".";

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        if (_known.TryGetValue(node.Name.Value, out NameNode? first))
        {
            context.ReportError(Id, Message(node.Name.Value), first, node.Name);
        }
        else
        {
            _known[node.Name.Value] = node.Name;
        }
    }
}
