namespace Discogsography.Catalog.Dumps;

/// <summary>The names a <see cref="DumpType"/> goes by in file names, XML and messages.</summary>
public static class DumpTypeExtensions
{
    /// <summary>Every dump type, in the order the dump lists them.</summary>
    public static IReadOnlyList<DumpType> All { get; } = [DumpType.Artists, DumpType.Labels, DumpType.Masters, DumpType.Releases];

    /// <summary>The lower-case plural used in file names, routing keys and messages: <c>artists</c>, <c>labels</c>, ...</summary>
    public static string FileToken(this DumpType type) => type switch
    {
        DumpType.Artists => "artists",
        DumpType.Labels => "labels",
        DumpType.Masters => "masters",
        DumpType.Releases => "releases",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown dump type."),
    };

    /// <summary>The name of the document element: the same as <see cref="FileToken"/>.</summary>
    public static string RootElement(this DumpType type) => type.FileToken();

    /// <summary>The name of one record element directly under the root: <c>artist</c>, <c>label</c>, ...</summary>
    public static string RecordElement(this DumpType type) => type switch
    {
        DumpType.Artists => "artist",
        DumpType.Labels => "label",
        DumpType.Masters => "master",
        DumpType.Releases => "release",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown dump type."),
    };

    /// <summary>Parses a file token (<c>artists</c>, case-insensitive); false for anything else.</summary>
    public static bool TryParseToken(string token, out DumpType type)
    {
        foreach (DumpType candidate in All)
        {
            if (string.Equals(candidate.FileToken(), token, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
