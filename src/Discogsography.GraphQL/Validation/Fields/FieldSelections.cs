using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Fields;

/// <summary>Spec 5.3.1 Field Selections: every selected field is defined on the type it is selected on.</summary>
internal sealed class FieldSelections : ValidationRule
{
    public override string Id => "FieldsOnCorrectType";

    public static string Message(string fieldName, string typeName, string suggestion) =>
        $"Cannot query field \"{fieldName}\" on type \"{typeName}\"." + suggestion;

    public override void EnterField(FieldNode node, ValidationContext context)
    {
        if (context.TypeInfo.ParentType is not { } parentType || context.TypeInfo.FieldDefinition is not null)
        {
            return;
        }

        string fieldName = node.Name.Value;
        string suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypes(context.Schema, parentType, fieldName));
        if (suggestion.Length == 0 && parentType is ComplexType complex)
        {
            suggestion = Suggestions.DidYouMean(Suggestions.List(fieldName, complex.Fields.Keys));
        }

        context.ReportError(Id, Message(fieldName, parentType.Name, suggestion), node);
    }

    /// <summary>The types (interfaces first by usage, then objects) of an abstract type that do define the field.</summary>
    private static IEnumerable<string> SuggestedTypes(Schema schema, NamedType type, string fieldName)
    {
        if (type is not (InterfaceType or UnionType))
        {
            return [];
        }

        var suggested = new List<NamedType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ObjectType possible in schema.GetPossibleTypes(type))
        {
            if (!possible.Fields.ContainsKey(fieldName))
            {
                continue;
            }

            if (!suggested.Contains(possible))
            {
                suggested.Add(possible);
            }

            usage[possible.Name] = 1;
            foreach (InterfaceType implemented in possible.Interfaces)
            {
                if (!implemented.Fields.ContainsKey(fieldName))
                {
                    continue;
                }

                if (!suggested.Contains(implemented))
                {
                    suggested.Add(implemented);
                }

                usage[implemented.Name] = usage.GetValueOrDefault(implemented.Name) + 1;
            }
        }

        suggested.Sort((a, b) =>
        {
            int byUsage = usage[b.Name] - usage[a.Name];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            return b is InterfaceType && schema.IsSubType(b, a) ? 1 : Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return suggested.Select(t => t.Name);
    }
}
