using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Arguments;

/// <summary>Spec 5.4.2 Argument Uniqueness: a field or directive is given each argument at most once.</summary>
internal sealed class ArgumentUniqueness : ValidationRule
{
    public override string Id => "UniqueArgumentNames";

    public static string Message(string argumentName) => $"There can be only one argument named \"{argumentName}\".";

    public override void EnterField(FieldNode node, ValidationContext context) => Check(node.Arguments, context);

    public override void EnterDirective(DirectiveNode node, ValidationContext context) => Check(node.Arguments, context);

    private void Check(IReadOnlyList<ArgumentNode> arguments, ValidationContext context)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (IGrouping<string, ArgumentNode> group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                context.ReportError(Id, Message(group.Key), [.. group.Select(a => a.Name)]);
            }
        }
    }
}
