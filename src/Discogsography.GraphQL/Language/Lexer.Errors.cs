using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Discogsography.GraphQL.Language;

/// <summary>Lexical errors, worded as graphql-js words them.</summary>
internal sealed partial class Lexer
{
    [DoesNotReturn]
    private void Throw(int position, string description) => SyntaxError.Throw(Source, position, description);

    [DoesNotReturn]
    private void ThrowUnexpectedCharacter(int position)
    {
        var c = _chars[position];
        if (c == '\'')
        {
            Throw(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var valid = !char.IsSurrogate(c) || IsSupplementaryCodePoint(position);
        Throw(position, $"{(valid ? "Unexpected" : "Invalid")} character: {DescribeCodePointAt(position)}.");
    }

    /// <summary>A character for a message: printable ASCII in quotes, anything else as U+XXXX, or &lt;EOF&gt;.</summary>
    private string DescribeCodePointAt(int position)
    {
        if (position >= _length)
        {
            return "<EOF>";
        }

        int code = _chars[position];
        if (IsSupplementaryCodePoint(position))
        {
            code = char.ConvertToUtf32(_chars[position], _chars[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private string Slice(int start, int end) => Source[start..Math.Min(end, _length)].ToString();
}
