using System.Globalization;

namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>
/// One monthly dump, identified by the date in its file names (<c>discogs_20200806_…</c>).
/// Tracking keys it by <see cref="Key"/> (<c>2020-08</c>).
/// </summary>
public sealed record DumpMonth : IComparable<DumpMonth>
{
    private DumpMonth(string version, int year, int month)
    {
        Version = version;
        Year = year;
        Month = month;
    }

    /// <summary>The eight-digit date Discogs puts in the file names, e.g. <c>20200806</c>.</summary>
    public string Version { get; }

    /// <summary>The dump's year.</summary>
    public int Year { get; }

    /// <summary>The dump's month (1–12).</summary>
    public int Month { get; }

    /// <summary>The month key used by tracking and retention, e.g. <c>2020-08</c>.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Reads an eight-digit <c>YYYYMMDD</c> version; false when it is not a real date.</summary>
    public static bool TryParse(string? version, out DumpMonth month)
    {
        month = null!;
        if (version is not { Length: 8 }
            || !DateOnly.TryParseExact(version, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        month = new DumpMonth(version, date.Year, date.Month);
        return true;
    }

    /// <summary>Reads an eight-digit <c>YYYYMMDD</c> version.</summary>
    /// <exception cref="FormatException">It is not a date.</exception>
    public static DumpMonth Parse(string version) =>
        TryParse(version, out var month) ? month : throw new FormatException($"'{version}' is not a YYYYMMDD dump version.");

    /// <summary>Orders by version (older first).</summary>
    public int CompareTo(DumpMonth? other) => other is null ? 1 : string.CompareOrdinal(Version, other.Version);

    /// <inheritdoc />
    public override string ToString() => Version;
}
