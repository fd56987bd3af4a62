using System.Text.RegularExpressions;

namespace Discogsography.Stores.Sql.Tracking;

/// <summary>The <c>YYYY-MM</c> key of a monthly dump.</summary>
internal static partial class DumpMonthKey
{
    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="yearMonth"/> looks like <c>2020-08</c>.</summary>
    public static void Validate(string yearMonth)
    {
        ArgumentNullException.ThrowIfNull(yearMonth);
        if (!Pattern().IsMatch(yearMonth))
        {
            throw new ArgumentException($"'{yearMonth}' is not a YYYY-MM month.", nameof(yearMonth));
        }
    }

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
