using System.Diagnostics.CodeAnalysis;

namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>
/// Reads Discogs dump file names: <c>discogs_&lt;YYYYMMDD&gt;_&lt;artists|labels|masters|releases&gt;.xml.gz</c>
/// and <c>discogs_&lt;YYYYMMDD&gt;_CHECKSUM.txt</c>. The version is the second <c>_</c> token, the type the
/// third token cut at its first dot.
/// </summary>
internal static class DumpFileName
{
    /// <summary>The name of a dump's file of the given type.</summary>
    public static string For(DumpMonth month, DumpFileType type) => type switch
    {
        DumpFileType.Checksum => $"discogs_{month.Version}_CHECKSUM.txt",
        _ => $"discogs_{month.Version}_{type.ToString().ToLowerInvariant()}.xml.gz",
    };

    /// <summary>Splits a file name into its dump month and type; false for anything else.</summary>
    public static bool TryParse(string name, [NotNullWhen(true)] out DumpMonth? month, out DumpFileType type)
    {
        month = null;
        type = default;
        var parts = name.Split('_', 3);
        if (parts.Length != 3 || parts[0] != "discogs" || !DumpMonth.TryParse(parts[1], out var parsed))
        {
            return false;
        }

        DumpFileType? recognised = parts[2] switch
        {
            "artists.xml.gz" => DumpFileType.Artists,
            "labels.xml.gz" => DumpFileType.Labels,
            "masters.xml.gz" => DumpFileType.Masters,
            "releases.xml.gz" => DumpFileType.Releases,
            "CHECKSUM.txt" => DumpFileType.Checksum,
            _ => null,
        };
        if (recognised is null)
        {
            return false;
        }

        month = parsed;
        type = recognised.Value;
        return true;
    }
}
