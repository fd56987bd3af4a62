using System.Diagnostics.CodeAnalysis;

namespace Discogsography.GraphQL.Language;

/// <summary>Raises <see cref="GraphQLSyntaxException"/>; the only way the lexer and parser fail.</summary>
internal static class SyntaxError
{
    /// <summary>Throws a syntax error at a source offset, computing line and column as graphql-js does.</summary>
    [DoesNotReturn]
    public static void Throw(ReadOnlySpan<char> source, int position, string description)
    {
        var (line, column) = GetLineAndColumn(source, position);
        throw new GraphQLSyntaxException("Syntax Error: " + description, position, line, column);
    }

    /// <summary>
    /// The 1-based line and column of an offset: every <c>\r\n</c>, <c>\n</c> or <c>\r</c> that starts before
    /// the offset ends a line; the column counts UTF-16 code units from the last line start.
    /// </summary>
    public static (int Line, int Column) GetLineAndColumn(ReadOnlySpan<char> source, int position)
    {
        var line = 1;
        var column = position + 1;
        var index = 0;
        while (index < source.Length && index < position)
        {
            var c = source[index];
            if (c is not ('\n' or '\r'))
            {
                index++;
                continue;
            }

            var length = c == '\r' && index + 1 < source.Length && source[index + 1] == '\n' ? 2 : 1;
            line++;
            column = position + 1 - (index + length);
            index += length;
        }

        return (line, column);
    }
}
