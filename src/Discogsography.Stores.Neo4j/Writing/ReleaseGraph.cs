using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;

namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>
/// Releases in the graph: the node (title, year, country, format names in order, first catalog number),
/// <c>BY</c> its main artists, <c>ON</c> its labels, <c>DERIVED_FROM</c> its master (only a real one: a missing
/// master or id 0 makes no edge), <c>IS</c> its genres and styles, <c>PART_OF</c> for a single-genre release's
/// styles, and <c>(Person)-[:CREDITED_ON {role}]-&gt;(Release)</c> for its extra artists.
/// </summary>
internal static class ReleaseGraph
{
    public static IReadOnlyList<WriteStep> Plan(IReadOnlyList<IngestRecord> changed, long seenAt)
    {
        var nodes = new List<ReleaseRow>(changed.Count);
        var artists = new List<LinkRow>();
        var labels = new List<LinkRow>();
        var masters = new List<LinkRow>();
        var genres = new List<NameLinkRow>();
        var styles = new List<NameLinkRow>();
        var styleGenres = new HashSet<StyleGenreRow>();
        var credits = new List<CreditRow>();
        var creditArtists = new HashSet<CreditArtistRow>();
        foreach (var record in changed)
        {
            var release = CanonicalRecordReader.ReadRelease(record.Json.Span);
            nodes.Add(Node(record, release));
            artists.AddRange(GraphIds.NamedLinks(record.Id, release.Artists.Select(a => (a.Id, a.Name))));
            labels.AddRange(GraphIds.NamedLinks(record.Id, release.Labels.Select(l => (l.Id, l.Name))));
            masters.AddRange(GraphIds.Links(record.Id, [release.MasterId]));
            GraphIds.AddClassification(record.Id, release.Genres, release.Styles, genres, styles, styleGenres);
            AddCredits(record.Id, release.ExtraArtists, credits, creditArtists);
        }

        var ids = GraphIds.Of(changed);
        return new WritePlan("Releases", seenAt)
            .AddNodes(nodes)
            .Add("PruneRelationships", "ids", ids)
            .Add("PruneCredits", "ids", ids)
            .Add("MergeArtists", "links", artists)
            .Add("MergeLabels", "links", labels)
            .Add("MergeMasters", "links", masters)
            .Add("MergeGenres", "links", genres)
            .Add("MergeStyles", "links", styles)
            .AddShared("MergeStyleGenres", "pairs", styleGenres)
            .Add("MergeCredits", "credits", credits)
            .Add("MergeCreditArtists", "links", creditArtists)
            .Steps;
    }

    private static ReleaseRow Node(IngestRecord record, ReleaseRecord release)
    {
        var formats = release.Formats.Select(f => f.Name).OfType<string>().Where(n => n.Length > 0).ToList();
        var catalogNumber = release.Labels.Count > 0 && !string.IsNullOrWhiteSpace(release.Labels[0].CatalogNumber) ? release.Labels[0].CatalogNumber : null;
        return new ReleaseRow(record.Id, release.Title, release.Year, release.Country, formats, catalogNumber, record.Sha256, GraphIds.Document(record), SearchText.Fold(release.Title));
    }

    /// <summary>
    /// Credits with a name and a role. A credit that names a Discogs artist (id &gt; 0) is that person (key
    /// <c>artist:&lt;id&gt;</c>, plus <c>SAME_AS</c> to the artist); one without an id is keyed by its name only
    /// (<c>name:&lt;name&gt;</c>), the best the dump allows.
    /// </summary>
    private static void AddCredits(long releaseId, IReadOnlyList<ArtistCredit> extraArtists, List<CreditRow> credits, HashSet<CreditArtistRow> creditArtists)
    {
        var seen = new HashSet<(string Key, string Role)>();
        foreach (var credit in extraArtists)
        {
            var name = credit.Name?.Trim();
            var role = credit.Role?.Trim();
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(role))
            {
                continue;
            }

            long? artistId = credit.Id is > 0 ? credit.Id : null;
            var key = artistId is { } id ? $"artist:{id}" : $"name:{name}";
            if (!seen.Add((key, role)))
            {
                continue;
            }

            credits.Add(new CreditRow(releaseId, key, name, artistId, role, CreditCategory.Of(role)));
            if (artistId is { } artist)
            {
                creditArtists.Add(new CreditArtistRow(key, artist));
            }
        }
    }
}
