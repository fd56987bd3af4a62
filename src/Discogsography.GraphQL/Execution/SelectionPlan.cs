using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Execution;

/// <summary>The collected fields of a set of selection sets on one object type, each with its definition and resolver bound.</summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(OperationPlan operation, ObjectType objectType, IEnumerable<SelectionSetNode> selectionSets)
    {
        ObjectType = objectType;
        OrderedDictionary<string, List<FieldNode>> collected = FieldCollector.Collect(objectType, selectionSets, operation);
        Fields = new FieldPlan[collected.Count];
        ResponseNames = new string[collected.Count];
        int index = 0;
        foreach ((string responseName, List<FieldNode> nodes) in collected)
        {
            ResponseNames[index] = responseName;
            Fields[index] = new FieldPlan(operation, objectType, responseName, [.. nodes]);
            index++;
        }
    }

    public ObjectType ObjectType { get; }

    public FieldPlan[] Fields { get; }

    /// <summary>The response names, shared by every result map of this plan.</summary>
    public string[] ResponseNames { get; }
}
