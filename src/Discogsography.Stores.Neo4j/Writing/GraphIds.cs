using Discogsography.Catalog.Ingestion;

namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>Small helpers the per-type graph mappers share.</summary>
internal static class GraphIds
{
    /// <summary>The record's canonical JSON as text (stored on its node for the explore readers).</summary>
    public static string Document(IngestRecord record) => System.Text.Encoding.UTF8.GetString(record.Json.Span);

    /// <summary>
    /// Edges from <paramref name="source"/> to each distinct real id (&gt; 0) with the first name the record gave it,
    /// so a placeholder target can carry the name of its reference.
    /// </summary>
    public static IEnumerable<LinkRow> NamedLinks(long source, IEnumerable<(long? Id, string? Name)> targets) =>
        targets.Where(t => t.Id > 0)
            .GroupBy(t => t.Id!.Value)
            .Select(g => new LinkRow(source, g.Key, g.Select(t => t.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n))));

    /// <summary>The ids of the records.</summary>
    public static List<long> Of(IReadOnlyList<IngestRecord> records) => [.. records.Select(r => r.Id)];

    /// <summary>Edges from <paramref name="source"/> to each distinct real id (&gt; 0); null and 0 mean "none" in the dumps.</summary>
    public static IEnumerable<LinkRow> Links(long source, IEnumerable<long?> targets) =>
        targets.OfType<long>().Where(id => id > 0).Distinct().Select(id => new LinkRow(source, id));

    /// <summary>
    /// <c>IS</c> edges to each distinct genre and style, and <c>PART_OF</c> pairs when the record has exactly one
    /// genre (only then is it clear which genre its styles belong to).
    /// </summary>
    public static void AddClassification(
        long source,
        IReadOnlyList<string> recordGenres,
        IReadOnlyList<string> recordStyles,
        List<NameLinkRow> genres,
        List<NameLinkRow> styles,
        HashSet<StyleGenreRow> styleGenres)
    {
        var genreNames = Names(recordGenres);
        var styleNames = Names(recordStyles);
        genres.AddRange(genreNames.Select(g => new NameLinkRow(source, g)));
        styles.AddRange(styleNames.Select(s => new NameLinkRow(source, s)));
        if (genreNames.Count == 1)
        {
            foreach (var style in styleNames)
            {
                styleGenres.Add(new StyleGenreRow(style, genreNames[0]));
            }
        }
    }

    private static List<string> Names(IReadOnlyList<string> names) =>
        [.. names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
}
