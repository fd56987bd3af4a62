using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Discogsography.Catalog.Explore;

/// <summary>
/// Folds text for case- and accent-insensitive matching: lower-case (invariant), Latin letters stripped of their
/// diacritics (<c>Björk</c> → <c>bjork</c>, <c>Håkan</c> → <c>hakan</c>, <c>Łódź</c> → <c>lodz</c>), ligatures
/// spelled out (<c>æ</c> → <c>ae</c>, <c>ß</c> → <c>ss</c>), combining marks dropped, and every run of characters
/// that are neither letters nor digits turned into one space. Every adapter ranks with this folding, so matches agree
/// across stores.
/// </summary>
public static partial class SearchText
{
    private static readonly FrozenDictionary<char, string> Folds = BuildFolds();

    /// <summary>The folded form of <paramref name="text"/>, trimmed.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
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

            if (Folds.TryGetValue(c, out string? folded))
            {
                builder.Append(folded);
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static string[] Words(string? text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static FrozenDictionary<char, string> BuildFolds()
    {
        var folds = new Dictionary<char, string>();
        for (int index = 0; index < Accented.Length; index++)
        {
            folds[Accented[index]] = Unaccented[index].ToString();
        }

        string[] ligatureFolds = LigatureFolds.Split(' ');
        for (int index = 0; index < Ligatures.Length; index++)
        {
            folds[Ligatures[index]] = ligatureFolds[index];
        }

        return folds.ToFrozenDictionary();
    }
}
