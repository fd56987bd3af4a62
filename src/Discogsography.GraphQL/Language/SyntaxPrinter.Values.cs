using System.Text;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Values, directives and type references.</summary>
public static partial class SyntaxPrinter
{
    private static string RenderValueOrType(SyntaxNode node) => node switch
    {
        VariableNode variable => "$" + Render(variable.Name),
        IntValueNode value => value.Value,
        FloatValueNode value => value.Value,
        StringValueNode { Block: true } value => BlockString.Print(value.Value),
        StringValueNode value => PrintString(value.Value),
        BooleanValueNode value => value.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode value => value.Value,
        ListValueNode list => "[" + Join(list.Values, ", ") + "]",
        ObjectValueNode value => "{" + Join(value.Fields, ", ") + "}",
        ObjectFieldNode field => Join([Render(field.Name), ": ", Render(field.Value)]),
        DirectiveNode directive => Join(["@", Render(directive.Name), Wrap("(", Join(directive.Arguments, ", "), ")")]),
        NamedTypeNode type => Render(type.Name),
        ListTypeNode type => "[" + Render(type.Type) + "]",
        NonNullTypeNode type => Render(type.Type) + "!",
        _ => throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node)),
    };

    /// <summary>A string literal: quotes, backslashes and control characters (C0, DEL and C1) escaped.</summary>
    private static string PrintString(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
