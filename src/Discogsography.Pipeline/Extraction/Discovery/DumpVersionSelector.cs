namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>
/// Groups listed files by dump version and picks the newest complete one: all four data files and the
/// CHECKSUM file present. Unrecognised extra files do not disqualify a month (the reference implementation
/// demanded exactly five files, so one extra file made it skip the month).
/// </summary>
internal static class DumpVersionSelector
{
    /// <summary>The newest complete dump among <paramref name="files"/>, or null; <paramref name="skipped"/> lists newer incomplete months.</summary>
    public static PublishedDump? SelectNewestComplete(IEnumerable<DumpFile> files, out IReadOnlyList<DumpMonth> skipped)
    {
        var incomplete = new List<DumpMonth>();
        skipped = incomplete;
        var byVersion = new Dictionary<string, (DumpMonth Month, Dictionary<DumpFileType, DumpFile> Files)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!DumpFileName.TryParse(file.Name, out var month, out var type))
            {
                continue;
            }

            if (!byVersion.TryGetValue(month.Version, out var group))
            {
                group = (month, new Dictionary<DumpFileType, DumpFile>());
                byVersion.Add(month.Version, group);
            }

            group.Files.TryAdd(type, file);
        }

        foreach (var (month, found) in byVersion.Values.OrderByDescending(g => g.Month.Version, StringComparer.Ordinal))
        {
            if (found.Count < Enum.GetValues<DumpFileType>().Length)
            {
                incomplete.Add(month);
                continue;
            }

            return new PublishedDump
            {
                Month = month,
                DataFiles = [found[DumpFileType.Artists], found[DumpFileType.Labels], found[DumpFileType.Masters], found[DumpFileType.Releases]],
                ChecksumFile = found[DumpFileType.Checksum],
            };
        }

        return null;
    }
}
