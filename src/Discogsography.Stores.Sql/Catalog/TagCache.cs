using System.Collections.Concurrent;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>
/// Genre and style ids by name, as the database assigned them. Only ids read back after a committed insert are
/// cached (genres and styles are never deleted), so a rolled-back batch cannot leave a wrong id behind.
/// </summary>
internal sealed class TagCache
{
    public ConcurrentDictionary<string, int> Genres { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> Styles { get; } = new(StringComparer.Ordinal);

    /// <summary>The names of <paramref name="links"/> not cached yet, distinct and sorted.</summary>
    public static string[] Missing(ConcurrentDictionary<string, int> cache, IEnumerable<TagLink> links) =>
        [.. links.Select(l => l.Name).Where(n => !cache.ContainsKey(n)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
