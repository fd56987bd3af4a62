using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.ContractTests;

public sealed partial class SampleGraph
{
    /// <summary>The earliest and latest known release years, clamped to 1900..2030.</summary>
    public YearRange YearRange()
    {
        int[] years = [.. Releases.Values.Where(release => release.Year > 0).Select(release => release.Year!.Value)];
        return years.Length == 0 ? new YearRange(null, null) : new YearRange(Math.Clamp(years.Min(), 1900, 2030), Math.Clamp(years.Max(), 1900, 2030));
    }

    /// <summary>The first known release year of each genre (or style) first seen by <paramref name="beforeYear"/>.</summary>
    public IReadOnlyList<FirstAppearance> Emergence(Func<ReleaseRecord, IEnumerable<string>> tags, int beforeYear) =>
        [.. Releases.Values.Where(release => release.Year > 0)
            .SelectMany(release => tags(release).Distinct().Select(tag => (Tag: tag, Year: release.Year!.Value)))
            .GroupBy(entry => entry.Tag, StringComparer.Ordinal)
            .Select(group => new FirstAppearance(group.Key, group.Min(entry => entry.Year)))
            .Where(entry => entry.FirstYear <= beforeYear)
            .OrderBy(entry => entry.FirstYear).ThenBy(entry => entry.Name, StringComparer.Ordinal)];

    /// <summary>The genre tree: genres by release count, each with its co-tagged styles.</summary>
    public IReadOnlyList<GenreTreeEntry> GenreTree(int maxStyles) =>
        [.. Releases.Values.SelectMany(release => release.Genres.Distinct().Select(genre => (Genre: genre, Release: release)))
            .GroupBy(entry => entry.Genre, StringComparer.Ordinal)
            .Select(group => new GenreTreeEntry(
                group.Key,
                group.LongCount(),
                [.. group.SelectMany(entry => entry.Release.Styles.Distinct())
                    .GroupBy(style => style, StringComparer.Ordinal)
                    .Select(styles => new NameCount(styles.Key, styles.LongCount()))
                    .OrderByDescending(style => style.Count).ThenBy(style => style.Name, StringComparer.Ordinal)
                    .Take(maxStyles)]))
            .OrderByDescending(entry => entry.ReleaseCount).ThenBy(entry => entry.Genre, StringComparer.Ordinal)];

    /// <summary>An artist's collaborators: (id, shared releases of a known year, per-year counts), best first.</summary>
    public IReadOnlyList<(long Id, long Count, IReadOnlyList<YearCount> Years)> Collaborators(long artistId) =>
        [.. ReleasesOf(EntityRef.Artist(artistId)).Where(release => release.Year > 0)
            .SelectMany(release => ArtistIds(release).Where(id => id != artistId).Select(id => (Id: id, Year: release.Year!.Value)))
            .GroupBy(entry => entry.Id)
            .Select(group => (group.Key, group.LongCount(), (IReadOnlyList<YearCount>)[.. group.GroupBy(entry => entry.Year).OrderBy(years => years.Key)
                .Select(years => new YearCount(years.Key, years.LongCount()))]))
            .OrderByDescending(entry => entry.Item2).ThenBy(entry => entry.Key)];
}
