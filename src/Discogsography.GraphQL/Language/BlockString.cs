using System.Text;

namespace Discogsography.GraphQL.Language;

/// <summary>The spec's BlockStringValue() algorithm and the block string form the printer writes.</summary>
internal static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue): split into lines at <c>\r\n</c>, <c>\n</c> or <c>\r</c>; remove the common
    /// indentation of every line but the first (white space is space and tab; lines of only white space do not
    /// count); drop leading and trailing blank lines; join with <c>\n</c>.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var index = 0;
        foreach (var line in new LineEnumerator(raw))
        {
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length)
            {
                if (firstNonBlank < 0)
                {
                    firstNonBlank = index;
                }

                lastNonBlank = index;
                if (index != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            index++;
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var value = new StringBuilder(raw.Length);
        index = 0;
        foreach (var line in new LineEnumerator(raw))
        {
            if (index >= firstNonBlank && index <= lastNonBlank)
            {
                if (index > firstNonBlank)
                {
                    value.Append('\n');
                }

                value.Append(index == 0 ? line : line[Math.Min(commonIndent, line.Length)..]);
            }

            index++;
        }

        return value.ToString();
    }

    /// <summary>
    /// The block string literal graphql-js <c>print</c> writes for a value: <c>"""</c> escaped, and the value
    /// set on its own lines when it spans lines, is long, or would otherwise read ambiguously.
    /// </summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lineCount = 0;
        var laterLinesIndented = true;
        foreach (var line in new LineEnumerator(escaped))
        {
            if (lineCount > 0 && line.Length > 0 && !IsWhiteSpace(line[0]))
            {
                laterLinesIndented = false;
            }

            lineCount++;
        }

        var isSingleLine = lineCount == 1;
        var forceLeadingNewLine = lineCount > 1 && laterLinesIndented;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder(escaped.Length + 8).Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var count = 0;
        while (count < line.Length && IsWhiteSpace(line[count]))
        {
            count++;
        }

        return count;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    /// <summary>Enumerates the lines of a text split at <c>\r\n</c>, <c>\n</c> or <c>\r</c>.</summary>
    private ref struct LineEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _next;

        public LineEnumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            _next = 0;
            Current = default;
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly LineEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next > _text.Length)
            {
                return false;
            }

            var rest = _text[_next..];
            var end = rest.IndexOfAny('\n', '\r');
            if (end < 0)
            {
                Current = rest;
                _next = _text.Length + 1;
                return true;
            }

            Current = rest[..end];
            _next += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            return true;
        }
    }
}
