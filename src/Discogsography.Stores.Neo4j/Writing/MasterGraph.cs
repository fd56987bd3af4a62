using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;

namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>Masters in the graph: the node, <c>BY</c> its artists, <c>IS</c> its genres and styles, and <c>PART_OF</c> for a single-genre master's styles.</summary>
internal static class MasterGraph
{
    public static IReadOnlyList<WriteStep> Plan(IReadOnlyList<IngestRecord> changed, long seenAt)
    {
        var nodes = new List<MasterRow>(changed.Count);
        var artists = new List<LinkRow>();
        var genres = new List<NameLinkRow>();
        var styles = new List<NameLinkRow>();
        var styleGenres = new HashSet<StyleGenreRow>();
        foreach (var record in changed)
        {
            var master = CanonicalRecordReader.ReadMaster(record.Json.Span);
            nodes.Add(new MasterRow(record.Id, master.Title, master.Year, record.Sha256, GraphIds.Document(record), SearchText.Fold(master.Title)));
            artists.AddRange(GraphIds.NamedLinks(record.Id, master.Artists.Select(a => (a.Id, a.Name))));
            GraphIds.AddClassification(record.Id, master.Genres, master.Styles, genres, styles, styleGenres);
        }

        return new WritePlan("Masters", seenAt)
            .AddNodes(nodes)
            .Add("PruneRelationships", "ids", GraphIds.Of(changed))
            .Add("MergeArtists", "links", artists)
            .Add("MergeGenres", "links", genres)
            .Add("MergeStyles", "links", styles)
            .AddShared("MergeStyleGenres", "pairs", styleGenres)
            .Steps;
    }
}
