using System.Runtime.CompilerServices;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>
/// Prints a syntax tree as GraphQL text, in the layout graphql-js 16 <c>print()</c> produces: two-space
/// indentation, one selection or field per line, field arguments wrapped when the line would pass 80
/// characters. Parsing the output gives back the same tree.
/// </summary>
public static partial class SyntaxPrinter
{
    private const int MaxLineLength = 80;

    /// <summary>Prints a node and everything under it.</summary>
    /// <param name="node">Any node: a document, a definition, a value, a type...</param>
    /// <returns>The GraphQL text.</returns>
    /// <exception cref="InsufficientExecutionStackException">A tree built in code is too deep to print.</exception>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Render(node);
    }

    private static string Render(SyntaxNode? node)
    {
        // A tree built in code can be deeper than the stack; fail cleanly rather than crash the process.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            null => string.Empty,
            NameNode name => name.Value,
            DocumentNode document => Join(document.Definitions, "\n\n"),
            ExecutableDefinitionNode or SelectionNode or SelectionSetNode or VariableDefinitionNode or ArgumentNode
                => RenderExecutable(node),
            ValueNode or ObjectFieldNode or DirectiveNode or TypeNode => RenderValueOrType(node),
            _ => RenderTypeSystem(node),
        };
    }

    // Building blocks: an empty part disappears, with its separator or its surrounding text.

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        var parts = new string[nodes.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Render(nodes[i]);
        }

        return Join(parts, separator);
    }

    private static string Join(ReadOnlySpan<string> parts, string separator = "")
    {
        var count = 0;
        foreach (var part in parts)
        {
            if (part.Length > 0)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return string.Empty;
        }

        var nonEmpty = new string[count];
        count = 0;
        foreach (var part in parts)
        {
            if (part.Length > 0)
            {
                nonEmpty[count++] = part;
            }
        }

        return string.Join(separator, nonEmpty);
    }

    private static string Wrap(string start, string text, string end = "") =>
        text.Length == 0 ? string.Empty : string.Concat(start, text, end);

    private static string Indent(string text) =>
        text.Length == 0 ? string.Empty : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    /// <summary>Items one per line in an indented <c>{ }</c> block; nothing at all when there are none.</summary>
    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Description(StringValueNode? description) => Wrap(string.Empty, Render(description), "\n");

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives, " ");

    private static bool HasMultilineItems(string[] items)
    {
        foreach (var item in items)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] RenderAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        var parts = new string[nodes.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Render(nodes[i]);
        }

        return parts;
    }

    /// <summary>Argument definitions: inline, or one per indented line when any of them spans lines.</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var parts = RenderAll(arguments);
        return HasMultilineItems(parts)
            ? Wrap("(\n", Indent(Join(parts, "\n")), "\n)")
            : Wrap("(", Join(parts, ", "), ")");
    }
}
