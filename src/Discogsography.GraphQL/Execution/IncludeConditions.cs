using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// <c>@skip</c> and <c>@include</c>: whether a selection is collected. The variables their <c>if</c> arguments read are the
/// only way variables change field collection, so their values key the prepared-operation cache.
/// </summary>
internal static class IncludeConditions
{
    /// <summary>False when <c>@skip(if: true)</c> or <c>@include(if: false)</c> applies.</summary>
    public static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        for (int i = 0; i < directives.Count; i++)
        {
            DirectiveNode directive = directives[i];
            string name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            bool condition = IsTrue(directive, variables);
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The distinct variables that some <c>@skip</c>/<c>@include</c> of the document reads.</summary>
    public static string[] FindConditionVariables(DocumentNode document)
    {
        var names = new List<string>();
        Visit(document, names);
        return [.. names];
    }

    /// <summary>A key of the values of <paramref name="names"/> in <paramref name="variables"/>; -1 when too many to key.</summary>
    public static long Key(string[] names, IReadOnlyDictionary<string, object?> variables)
    {
        if (names.Length > 62)
        {
            return -1;
        }

        long key = 0;
        for (int i = 0; i < names.Length; i++)
        {
            if (variables.TryGetValue(names[i], out object? value) && value is true)
            {
                key |= 1L << i;
            }
        }

        return key;
    }

    private static bool IsTrue(DirectiveNode directive, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (ArgumentNode argument in directive.Arguments)
        {
            if (argument.Name.Value == "if")
            {
                return argument.Value switch
                {
                    BooleanValueNode literal => literal.Value,
                    VariableNode variable => variables.TryGetValue(variable.Name.Value, out object? value) && value is true,
                    _ => false,
                };
            }
        }

        return false;
    }

    private static void Visit(SyntaxNode node, List<string> names)
    {
        if (node is DirectiveNode { Name.Value: "skip" or "include" } directive)
        {
            foreach (ArgumentNode argument in directive.Arguments)
            {
                if (argument.Value is VariableNode variable && !names.Contains(variable.Name.Value))
                {
                    names.Add(variable.Name.Value);
                }
            }

            return;
        }

        foreach (SyntaxNode child in node.GetChildren())
        {
            Visit(child, names);
        }
    }
}
