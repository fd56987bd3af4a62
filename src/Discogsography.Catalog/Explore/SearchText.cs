using System.Globalization;
using System.Text;

namespace Discogsography.Catalog.Explore;

/// <summary>
/// Folds text for case- and accent-insensitive matching: lower-case (invariant), diacritics removed
/// (<c>Björk</c> → <c>bjork</c>), a few letters without a decomposition spelled out (<c>ø</c> → <c>o</c>,
/// <c>æ</c> → <c>ae</c>, <c>ß</c> → <c>ss</c>, <c>ł</c> → <c>l</c>, <c>đ</c> → <c>d</c>, <c>þ</c> → <c>th</c>), and
/// every run of characters that are neither letters nor digits turned into one space. Every adapter folds the
/// same way (stores keep the folded name beside the name), so matches agree across stores.
/// </summary>
public static class SearchText
{
    /// <summary>The folded form of <paramref name="text"/>, trimmed.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        string decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char c in decomposed)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            AppendFolded(builder, char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static string[] Words(string? text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'ø': builder.Append('o'); break;
            case 'æ': builder.Append("ae"); break;
            case 'œ': builder.Append("oe"); break;
            case 'ß': builder.Append("ss"); break;
            case 'ł': builder.Append('l'); break;
            case 'đ': builder.Append('d'); break;
            case 'ð': builder.Append('d'); break;
            case 'þ': builder.Append("th"); break;
            case 'ı': builder.Append('i'); break;
            default: builder.Append(c); break;
        }
    }
}
