using System.Collections.Concurrent;
using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// One response name of a selection plan: its field nodes, definition, resolver, argument values (coerced once when they
/// hold no variables) and, built on first use, the plans of its sub-selection per object type.
/// </summary>
internal sealed class FieldPlan
{
    private readonly OperationPlan _operation;
    private SelectionPlan? _childPlan;
    private ConcurrentDictionary<ObjectType, SelectionPlan>? _childPlans;

    public FieldPlan(OperationPlan operation, ObjectType objectType, string responseName, FieldNode[] nodes)
    {
        _operation = operation;
        ObjectType = objectType;
        ResponseName = responseName;
        Nodes = nodes;
        string fieldName = nodes[0].Name.Value;
        Locations = [.. nodes.Where(n => n.Location is not null).Select(n => new ErrorLocation(n.Location!.Value.Line, n.Location.Value.Column))];
        OutputField? definition = IntrospectionFields.FindField(operation.Schema, objectType, fieldName);
        if (fieldName == "__typename")
        {
            Kind = FieldKind.Typename;
            Type = new NonNullType(BuiltInScalars.String);
        }
        else if (definition is null)
        {
            Kind = FieldKind.Unknown;
            Type = BuiltInScalars.String;
        }
        else
        {
            Definition = definition;
            Type = definition.Type;
            FieldBinding binding = IntrospectionResolvers.ForMetaField(definition)
                ?? operation.Executable.GetBinding(objectType.Name, fieldName)!;
            Binding = binding;
            Kind = binding.PureResolver is not null ? FieldKind.Pure : FieldKind.Resolver;
            Arguments = new ArgumentPlan(definition, nodes[0]);
        }
    }

    public FieldKind Kind { get; }

    public ObjectType ObjectType { get; }

    public string ResponseName { get; }

    public FieldNode[] Nodes { get; }

    /// <summary>Where the field is selected, for errors (every node, as graphql-js reports).</summary>
    public ErrorLocation[] Locations { get; }

    public OutputField? Definition { get; }

    public GraphQLType Type { get; }

    public FieldBinding? Binding { get; }

    public ArgumentPlan? Arguments { get; }

    /// <summary>The plan of this field's sub-selection on <paramref name="objectType"/>.</summary>
    public SelectionPlan GetChildPlan(ObjectType objectType)
    {
        SelectionPlan? plan = Volatile.Read(ref _childPlan);
        if (plan is not null && plan.ObjectType == objectType)
        {
            return plan;
        }

        if (plan is null && Type.Named is ObjectType)
        {
            plan = new SelectionPlan(_operation, objectType, SubSelections());
            return Interlocked.CompareExchange(ref _childPlan, plan, null) ?? plan;
        }

        if (_childPlans is null)
        {
            Interlocked.CompareExchange(ref _childPlans, new ConcurrentDictionary<ObjectType, SelectionPlan>(), null);
        }

        return _childPlans.GetOrAdd(objectType, type => new SelectionPlan(_operation, type, SubSelections()));
    }

    private IEnumerable<SelectionSetNode> SubSelections()
    {
        foreach (FieldNode node in Nodes)
        {
            if (node.SelectionSet is not null)
            {
                yield return node.SelectionSet;
            }
        }
    }
}
