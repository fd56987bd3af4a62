using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Operations, selections, fragments and variables.</summary>
public static partial class SyntaxPrinter
{
    private static string RenderExecutable(SyntaxNode node) => node switch
    {
        OperationDefinitionNode operation => RenderOperation(operation),
        VariableDefinitionNode variable => Join(
        [
            Description(variable.Description),
            Render(variable.Variable),
            ": ",
            Render(variable.Type),
            Wrap(" = ", Render(variable.DefaultValue)),
            Wrap(" ", Directives(variable.Directives)),
        ]),
        SelectionSetNode selectionSet => Block(selectionSet.Selections),
        FieldNode field => RenderField(field),
        ArgumentNode argument => Join([Render(argument.Name), ": ", Render(argument.Value)]),
        FragmentSpreadNode spread => Join(["...", Render(spread.Name), Wrap(" ", Directives(spread.Directives))]),
        InlineFragmentNode inline => Join(
            ["...", Wrap("on ", Render(inline.TypeCondition)), Directives(inline.Directives), Render(inline.SelectionSet)],
            " "),
        FragmentDefinitionNode fragment => Join(
        [
            Description(fragment.Description),
            "fragment ",
            Render(fragment.Name),
            " on ",
            Render(fragment.TypeCondition),
            " ",
            Wrap(string.Empty, Directives(fragment.Directives), " "),
            Render(fragment.SelectionSet),
        ]),
        _ => throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node)),
    };

    private static string RenderOperation(OperationDefinitionNode operation)
    {
        var variables = RenderAll(operation.VariableDefinitions);
        var variableList = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = OperationKeyword(operation.Operation);
        var prefix = Join(
        [
            Description(operation.Description),
            Join([keyword, Join([Render(operation.Name), variableList]), Directives(operation.Directives)], " "),
        ]);

        // An anonymous query with nothing but a selection set prints in the shorthand form.
        var shorthand = operation.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return Join([shorthand ? string.Empty : prefix + " ", Render(operation.SelectionSet)]);
    }

    private static string RenderField(FieldNode field)
    {
        var prefix = Join([Wrap(string.Empty, Render(field.Alias), ": "), Render(field.Name)]);
        var arguments = RenderAll(field.Arguments);
        var argumentList = string.Empty;
        if (arguments.Length > 0)
        {
            var inline = Join(arguments, ", ");
            argumentList = prefix.Length + inline.Length + 2 > MaxLineLength
                ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : Wrap("(", inline, ")");
        }

        return Join([prefix, argumentList, Wrap(" ", Directives(field.Directives)), Wrap(" ", Render(field.SelectionSet))]);
    }
}
