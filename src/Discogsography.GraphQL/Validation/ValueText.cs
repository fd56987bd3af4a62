using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Validation;

/// <summary>A value literal as the error messages quote it: as written in GraphQL, block strings kept as block strings.</summary>
internal static class ValueText
{
    public static string Print(ValueNode value) => value switch
    {
        StringValueNode { Block: true } block => BlockStringPrinter.Print(block.Value),
        ListValueNode list => "[" + string.Join(", ", list.Values.Select(Print)) + "]",
        ObjectValueNode obj => "{" + string.Join(", ", obj.Fields.Select(f => f.Name.Value + ": " + Print(f.Value))) + "}",
        _ => ValueLiteral.Print(value),
    };
}
