using System.Text;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// The "Did you mean ...?" hints of the error messages: candidates close to the input by edit distance (transpositions
/// count as one edit, case differences are nearly free), best first, at most five, worded as graphql-js words them.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static string DidYouMean(IEnumerable<string> suggestions) => DidYouMean(null, suggestions);

    public static string DidYouMean(string? subMessage, IEnumerable<string> suggestions)
    {
        List<string> quoted = [.. suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"")];
        if (quoted.Count == 0)
        {
            return string.Empty;
        }

        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            message.Append(subMessage).Append(' ');
        }

        message.Append(quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " or " + quoted[1],
            _ => string.Join(", ", quoted[..^1]) + ", or " + quoted[^1],
        });
        return message.Append('?').ToString();
    }

    /// <summary>The options within a third of the input's length in edits, closest first, ties in natural order.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var scored = new List<(string Option, int Distance)>();
        string lowered = input.ToLowerInvariant();
        foreach (string option in options)
        {
            int threshold = (int)Math.Floor(input.Length * 0.4) + 1;
            int distance = Distance(input, lowered, option, threshold);
            if (distance <= threshold)
            {
                scored.Add((option, distance));
            }
        }

        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        return [.. scored.Select(s => s.Option)];
    }

    private static int Distance(string input, string lowered, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        string other = option.ToLowerInvariant();
        if (lowered == other)
        {
            return 1;
        }

        string a = lowered;
        string b = other;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return int.MaxValue;
        }

        // Optimal string alignment distance, row by row.
        var rows = new int[3][];
        for (int r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (int j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int[] upRow = rows[(i - 1) % 3];
            int[] currentRow = rows[i % 3];
            int smallest = currentRow[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int current = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current = Math.Min(current, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, current);
                currentRow[j] = current;
            }

            if (smallest > threshold)
            {
                return int.MaxValue;
            }
        }

        int result = rows[a.Length % 3][b.Length];
        return result <= threshold ? result : int.MaxValue;
    }

    /// <summary>Orders strings with digit runs compared as numbers.</summary>
    internal static int NaturalCompare(string a, string b)
    {
        int i = 0;
        int j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                int startA = i;
                int startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                int byNumber = decimal.Parse(a[startA..i], System.Globalization.CultureInfo.InvariantCulture)
                    .CompareTo(decimal.Parse(b[startB..j], System.Globalization.CultureInfo.InvariantCulture));
                if (byNumber != 0)
                {
                    return byNumber;
                }
            }
            else
            {
                int byChar = a[i].CompareTo(b[j]);
                if (byChar != 0)
                {
                    return byChar;
                }

                i++;
                j++;
            }
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }
}
