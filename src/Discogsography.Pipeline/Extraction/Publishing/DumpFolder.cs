using System.Text.RegularExpressions;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>The newest complete dump version in a folder: its files <c>discogs_YYYYMMDD_&lt;type&gt;.xml.gz</c> and checksums.</summary>
/// <param name="Version">The version, <c>YYYYMMDD</c>.</param>
/// <param name="Files">The requested files, in dump order.</param>
internal sealed partial record DumpFolder(string Version, IReadOnlyList<DumpSourceFile> Files)
{
    /// <summary>Finds the newest version that has every requested type.</summary>
    /// <exception cref="FileNotFoundException">No version in the folder has them all.</exception>
    public static DumpFolder Find(string directory, IReadOnlyCollection<DumpType> types)
    {
        var byVersion = new Dictionary<string, Dictionary<DumpType, string>>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(directory, "discogs_*.xml.gz"))
        {
            Match match = DumpFileName().Match(Path.GetFileName(path));
            if (match.Success && DumpTypeExtensions.TryParseToken(match.Groups["type"].Value, out DumpType type))
            {
                string version = match.Groups["version"].Value;
                if (!byVersion.TryGetValue(version, out Dictionary<DumpType, string>? files))
                {
                    byVersion[version] = files = [];
                }

                files[type] = path;
            }
        }

        foreach ((string version, Dictionary<DumpType, string> files) in byVersion.OrderByDescending(v => v.Key, StringComparer.Ordinal))
        {
            if (types.All(files.ContainsKey))
            {
                IReadOnlyDictionary<string, string> checksums = ChecksumsOf(directory, version);
                return new DumpFolder(version, [.. DumpTypeExtensions.All.Where(types.Contains).Select(t =>
                    new DumpSourceFile(t, files[t], checksums.GetValueOrDefault(Path.GetFileName(files[t]))))]);
            }
        }

        throw new FileNotFoundException($"No dump version in '{directory}' has every file of: {string.Join(", ", types.Select(t => t.FileToken()))}.");
    }

    /// <summary>The published checksums of a version: <c>discogs_&lt;version&gt;_CHECKSUM.txt</c>, else <c>CHECKSUM.txt</c>.</summary>
    public static IReadOnlyDictionary<string, string> ChecksumsOf(string directory, string version)
    {
        string named = Path.Combine(directory, $"discogs_{version}_CHECKSUM.txt");
        return ReadChecksums(File.Exists(named) ? named : Path.Combine(directory, "CHECKSUM.txt"));
    }

    /// <summary>Reads a <c>sha256sum</c>-style checksum file: file name → lower-case hex; empty when absent.</summary>
    public static IReadOnlyDictionary<string, string> ReadChecksums(string path)
    {
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return checksums;
        }

        foreach (string line in File.ReadLines(path))
        {
            Match match = ChecksumLine().Match(line);
            if (match.Success)
            {
                checksums[Path.GetFileName(match.Groups["name"].Value)] = match.Groups["hash"].Value.ToLowerInvariant();
            }
        }

        return checksums;
    }

    [GeneratedRegex(@"^discogs_(?<version>\d{8})_(?<type>[a-z]+)\.xml\.gz$", RegexOptions.CultureInvariant)]
    private static partial Regex DumpFileName();

    [GeneratedRegex(@"^(?<hash>[0-9a-fA-F]{64})\s+\*?(?<name>\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChecksumLine();
}
