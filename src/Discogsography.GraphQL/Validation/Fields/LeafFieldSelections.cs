using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Fields;

/// <summary>Spec 5.3.3 Leaf Field Selections: scalar and enum fields have no selection set; all others have a non-empty one.</summary>
internal sealed class LeafFieldSelections : ValidationRule
{
    public override string Id => "ScalarLeafs";

    public static string NoSubselectionAllowed(string fieldName, GraphQLType type) =>
        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.";

    public static string RequiredSubselection(string fieldName, GraphQLType type) =>
        $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?";

    public static string EmptySubselection(string fieldName, GraphQLType type) =>
        $"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.";

    public override void EnterField(FieldNode node, ValidationContext context)
    {
        if (context.TypeInfo.Type is not { } type)
        {
            return;
        }

        string fieldName = node.Name.Value;
        if (TypeRelations.IsLeaf(type.Named))
        {
            if (node.SelectionSet is { } selectionSet)
            {
                context.ReportError(Id, NoSubselectionAllowed(fieldName, type), selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            context.ReportError(Id, RequiredSubselection(fieldName, type), node);
        }
        else if (node.SelectionSet.Selections.Count == 0)
        {
            context.ReportError(Id, EmptySubselection(fieldName, type), node);
        }
    }
}
