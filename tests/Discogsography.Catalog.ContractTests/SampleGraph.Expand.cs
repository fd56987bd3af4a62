using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.ContractTests;

public sealed partial class SampleGraph
{
    /// <summary>A category's neighbours in the contract's order: (key, release count or null, year or null).</summary>
    public IReadOnlyList<(EntityRef Ref, long? Count, int? Year)> Expand(EntityRef parent, ExploreCategory category, int? beforeYear = null)
    {
        if (category == ExploreCategory.Aliases)
        {
            return [.. AliasIds(parent.Id).Order().Select(id => (EntityRef.Artist(id), (long?)null, (int?)null))];
        }

        ReleaseRecord[] releases = [.. ReleasesOf(parent).Where(release => beforeYear is null || (release.Year > 0 && release.Year <= beforeYear))];
        return category switch
        {
            ExploreCategory.Releases => [.. releases
                .OrderBy(release => release.Year is null ? 1 : 0).ThenByDescending(release => release.Year).ThenBy(release => release.Id)
                .Select(release => (EntityRef.Release(release.Id), (long?)null, release.Year))],
            ExploreCategory.Artists => ById(releases.SelectMany(ArtistIds), EntityRef.Artist),
            ExploreCategory.Labels => ById(releases.SelectMany(LabelIds), EntityRef.Label),
            ExploreCategory.Genres => ByName(releases.SelectMany(release => release.Genres.Distinct()), EntityRef.Genre),
            _ => ByName(releases.SelectMany(release => release.Styles.Distinct()), EntityRef.Style),
        };
    }

    /// <summary>The artists linked to an artist as alias, group or member by either record, itself excluded.</summary>
    public IEnumerable<long> AliasIds(long artistId)
    {
        var ids = new HashSet<long>();
        foreach (ArtistRecord artist in Artists.Values)
        {
            IEnumerable<long?> linked = artist.Aliases.Concat(artist.Groups).Concat(artist.Members).Select(reference => reference.Id);
            if (artist.Id == artistId)
            {
                ids.UnionWith(linked.Where(id => id is not null).Select(id => id!.Value));
            }
            else if (linked.Contains(artistId))
            {
                ids.Add(artist.Id);
            }
        }

        ids.Remove(artistId);
        return ids;
    }

    /// <summary>Releases per known year linked to a node, ascending.</summary>
    public IReadOnlyList<YearCount> Trends(EntityRef node) =>
        [.. ReleasesOf(node).Where(release => release.Year > 0).GroupBy(release => release.Year!.Value).OrderBy(group => group.Key)
            .Select(group => new YearCount(group.Key, group.Count()))];

    private static (EntityRef, long?, int?)[] ById(IEnumerable<long> ids, Func<long, EntityRef> reference) =>
        [.. ids.GroupBy(id => id).Select(group => (Id: group.Key, Count: group.LongCount()))
            .OrderByDescending(entry => entry.Count).ThenBy(entry => entry.Id)
            .Select(entry => (reference(entry.Id), (long?)entry.Count, (int?)null))];

    private static (EntityRef, long?, int?)[] ByName(IEnumerable<string> names, Func<string, EntityRef> reference) =>
        [.. names.GroupBy(name => name, StringComparer.Ordinal).Select(group => (Name: group.Key, Count: group.LongCount()))
            .OrderByDescending(entry => entry.Count).ThenBy(entry => entry.Name, StringComparer.Ordinal)
            .Select(entry => (reference(entry.Name), (long?)entry.Count, (int?)null))];
}
