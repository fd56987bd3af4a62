using Discogsography.Pipeline.Extraction.Discovery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>
/// Keeps the newest <see cref="DumpSourceOptions.RetentionMonths"/> months of files in the download folder
/// (0 keeps all) and deletes older dump files, partial downloads included, except those of protected months
/// (a month being downloaded or processed). Files that are not dump files are never touched.
/// </summary>
internal sealed class DumpRetention(IOptions<DumpSourceOptions> options, ILogger<DumpRetention> logger)
{
    private readonly DumpSourceOptions _options = options.Value;

    /// <summary>Deletes the files of months beyond the retention; returns the deleted file names.</summary>
    public IReadOnlyList<string> Apply(IReadOnlySet<string> protectedMonthKeys)
    {
        if (_options.RetentionMonths == 0 || !Directory.Exists(_options.Root))
        {
            return [];
        }

        var files = new List<(string Path, string Name, string MonthKey)>();
        foreach (var path in Directory.EnumerateFiles(_options.Root))
        {
            var name = Path.GetFileName(path);
            var dumpName = name.EndsWith(DumpDownloader.PartialSuffix, StringComparison.Ordinal) ? name[..^DumpDownloader.PartialSuffix.Length] : name;
            if (DumpFileName.TryParse(dumpName, out var month, out _))
            {
                files.Add((path, name, month.Key));
            }
        }

        var kept = files.Select(f => f.MonthKey).Distinct(StringComparer.Ordinal)
            .OrderDescending(StringComparer.Ordinal).Take(_options.RetentionMonths).ToHashSet(StringComparer.Ordinal);
        var deleted = new List<string>();
        foreach (var (path, name, monthKey) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (kept.Contains(monthKey))
            {
                continue;
            }

            if (protectedMonthKeys.Contains(monthKey))
            {
                Log.RetentionSpared(logger, name, monthKey);
                continue;
            }

            File.Delete(path);
            deleted.Add(name);
            Log.RetentionDeleted(logger, name, monthKey);
        }

        Log.RetentionApplied(logger, _options.RetentionMonths, string.Join(", ", kept.Order(StringComparer.Ordinal)), deleted.Count);
        return deleted;
    }
}
