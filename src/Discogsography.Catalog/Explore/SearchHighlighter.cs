using System.Globalization;
using System.Text;

namespace Discogsography.Catalog.Explore;

/// <summary>
/// Marks the words of a name that a search matched: a word is wrapped in <c>&lt;b&gt;</c>…<c>&lt;/b&gt;</c> when its
/// folded form starts with a folded query word. Shared by the adapters so highlights agree across stores.
/// </summary>
public static class SearchHighlighter
{
    /// <summary>The opening mark.</summary>
    public const string Open = "<b>";

    /// <summary>The closing mark.</summary>
    public const string Close = "</b>";

    /// <summary>The highlighted text.</summary>
    public static string Highlight(string text, string query)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] queryWords = SearchText.Words(query);
        var builder = new StringBuilder(text.Length + 16);
        int index = 0;
        while (index < text.Length)
        {
            int start = index;
            bool word = IsWordChar(text, index);
            while (index < text.Length && IsWordChar(text, index) == word)
            {
                index++;
            }

            string run = text[start..index];
            string folded = SearchText.Fold(run);
            if (word && queryWords.Any(queryWord => folded.StartsWith(queryWord, StringComparison.Ordinal)))
            {
                builder.Append(Open).Append(run).Append(Close);
            }
            else
            {
                builder.Append(run);
            }
        }

        return builder.ToString();
    }

    private static bool IsWordChar(string text, int index)
    {
        char c = text[index];
        return char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
