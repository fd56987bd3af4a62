using System.Text.RegularExpressions;

namespace Discogsography.GraphQL.Utilities;

/// <summary>Writes descriptions as block strings exactly as graphql-js 16 decides and lays them out.</summary>
internal static partial class BlockStringPrinter
{
    /// <summary>graphql-js <c>isPrintableAsBlockString</c>: false when a block string would not read back as the same text.</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        bool isEmptyLine = true;
        bool hasIndent = false;
        bool hasCommonIndent = true;
        bool seenNonEmptyLine = false;
        foreach (char c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>graphql-js <c>printBlockString</c>: the value between triple quotes, on its own lines when that reads better.</summary>
    public static string Print(string value)
    {
        string escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        string[] lines = LineBreak().Split(escaped);
        bool isSingleLine = lines.Length == 1;
        bool forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(line => line.Length == 0 || line[0] is ' ' or '\t');
        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        string result = string.Empty;
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result += "\n";
        }

        result += escaped;
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result += "\n";
        }

        return "\"\"\"" + result + "\"\"\"";
    }

    [GeneratedRegex("\r\n|[\n\r]", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();
}
