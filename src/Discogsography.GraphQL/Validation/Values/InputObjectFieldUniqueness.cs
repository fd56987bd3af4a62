using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Values;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness: an input object literal gives each field at most once.</summary>
internal sealed class InputObjectFieldUniqueness : ValidationRule
{
    private readonly Stack<Dictionary<string, NameNode>> _known = new();

    public override string Id => "UniqueInputFieldNames";

    public static string Message(string fieldName) => $"There can be only one input field named \"{fieldName}\".";

    public override void EnterValue(ValueNode node, ValidationContext context)
    {
        if (node is ObjectValueNode)
        {
            _known.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
        }
    }

    public override void LeaveValue(ValueNode node, ValidationContext context)
    {
        if (node is ObjectValueNode)
        {
            _known.Pop();
        }
    }

    public override void EnterObjectField(ObjectFieldNode node, ValidationContext context)
    {
        Dictionary<string, NameNode> known = _known.Peek();
        if (known.TryGetValue(node.Name.Value, out NameNode? first))
        {
            context.ReportError(Id, Message(node.Name.Value), first, node.Name);
        }
        else
        {
            known[node.Name.Value] = node.Name;
        }
    }
}
