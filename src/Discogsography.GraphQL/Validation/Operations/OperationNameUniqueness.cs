using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Operations;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness: no two operations share a name.</summary>
internal sealed class OperationNameUniqueness : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override string Id => "UniqueOperationNames";

    public static string Message(string name) => $"There can be only one operation named \"{name}\".";

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_known.TryGetValue(name.Value, out NameNode? first))
        {
            context.ReportError(Id, Message(name.Value), first, name);
        }
        else
        {
            _known[name.Value] = name;
        }
    }
}
