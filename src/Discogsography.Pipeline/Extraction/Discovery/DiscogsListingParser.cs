using System.Globalization;
using System.Text.RegularExpressions;

namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>
/// Reads the data site's HTML listing pages. The root page links year folders as
/// <c>href="?prefix=data%2F2026%2F"</c>; a year page links files as
/// <c>href="?download=data%2F2026%2Fdiscogs_20260101_artists.xml.gz"</c>.
/// </summary>
internal static partial class DiscogsListingParser
{
    /// <summary>The years linked from the root page, newest first, without duplicates.</summary>
    public static IReadOnlyList<int> ReadYears(string html) =>
        [.. YearLink().Matches(html)
            .Select(m => int.Parse(m.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture))
            .Distinct()
            .OrderDescending()];

    /// <summary>The file names linked from a year page (URL-decoded), in page order, without duplicates.</summary>
    public static IReadOnlyList<string> ReadFileNames(string html, int year)
    {
        var names = new List<string>();
        foreach (Match match in FileLink().Matches(html))
        {
            var key = Uri.UnescapeDataString(match.Groups["key"].Value.Replace("&amp;", "&", StringComparison.Ordinal));
            var prefix = string.Create(CultureInfo.InvariantCulture, $"data/{year:D4}/");
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.IndexOf('/', prefix.Length) < 0)
            {
                var name = key[prefix.Length..];
                if (name.StartsWith("discogs_", StringComparison.Ordinal) && !names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>The page listing a year's files.</summary>
    public static Uri YearPage(Uri baseUri, int year) =>
        new(baseUri, string.Create(CultureInfo.InvariantCulture, $"?prefix=data%2F{year:D4}%2F"));

    /// <summary>The download address of a file of a year.</summary>
    public static Uri DownloadAddress(Uri baseUri, int year, string name) =>
        new(baseUri, "?download=" + Uri.EscapeDataString(string.Create(CultureInfo.InvariantCulture, $"data/{year:D4}/{name}")));

    [GeneratedRegex("""href\s*=\s*["'][^"']*\?prefix=data(?:%2F|/)(?<year>[0-9]{4})(?:%2F|/)["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearLink();

    [GeneratedRegex("""href\s*=\s*["'][^"']*\?download=(?<key>[^"'&]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileLink();
}
