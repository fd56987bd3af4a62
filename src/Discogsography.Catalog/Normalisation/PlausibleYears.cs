using System.Globalization;

namespace Discogsography.Catalog.Normalisation;

/// <summary>
/// Turns the dumps' year and date texts into a year, keeping only plausible ones: 1860 up to the year after
/// the clock's current year. A master's <c>0</c> and anything without four leading digits give null.
/// </summary>
public sealed class PlausibleYears
{
    /// <summary>The earliest plausible year (the first sound recordings).</summary>
    public const int First = 1860;

    /// <summary>Creates the range for the clock's current year.</summary>
    public PlausibleYears(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Last = clock.GetUtcNow().Year + 1;
    }

    /// <summary>The latest plausible year: next year.</summary>
    public int Last { get; }

    /// <summary>
    /// The year of a date as the dumps give it: <c>1999</c>, <c>1999-03-00</c>, <c>1999-03-15</c>, <c>1980s</c>
    /// (the decade's first year); null for <c>?</c>, <c>200?</c>, blank or out-of-range values.
    /// </summary>
    public int? FromDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        ReadOnlySpan<char> trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 4 || !int.TryParse(trimmed[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return null;
        }

        return year is >= First && year <= Last ? year : null;
    }
}
