using System.Text.RegularExpressions;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>
/// A CHECKSUM file in <c>sha256sum</c> format: one <c>&lt;64 hex&gt; &lt;whitespace&gt; [*]&lt;name&gt;</c> per line.
/// Blank and non-matching lines are ignored; names are reduced to their base name and hashes lower-cased.
/// </summary>
internal sealed partial class ChecksumManifest
{
    private readonly Dictionary<string, string> _hashes;

    private ChecksumManifest(Dictionary<string, string> hashes) => _hashes = hashes;

    /// <summary>SHA-256 (lower-case hex) per file name.</summary>
    public IReadOnlyDictionary<string, string> Hashes => _hashes;

    /// <summary>Parses the file's text.</summary>
    /// <exception cref="FormatException">No line holds a checksum.</exception>
    public static ChecksumManifest Parse(string text)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var match = Line().Match(line.TrimEnd('\r'));
            if (match.Success)
            {
                hashes[Path.GetFileName(match.Groups["name"].Value)] = match.Groups["hash"].Value.ToLowerInvariant();
            }
        }

        return hashes.Count == 0
            ? throw new FormatException("The CHECKSUM file holds no '<sha256> <file name>' line.")
            : new ChecksumManifest(hashes);
    }

    /// <summary>The published hash of a file, or null when the manifest does not list it.</summary>
    public string? Find(string fileName) => _hashes.GetValueOrDefault(fileName);

    [GeneratedRegex(@"^\s*(?<hash>[0-9a-fA-F]{64})\s+\*?(?<name>\S.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
