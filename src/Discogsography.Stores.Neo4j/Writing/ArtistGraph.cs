using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;

namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>
/// Artists in the graph: the node (name, API URLs), <c>MEMBER_OF</c> from both the group's member list and the
/// member's group list (each side's claim is kept on the edge, so a changed record withdraws only its own claims),
/// and <c>(alias)-[:ALIAS_OF]-&gt;(artist)</c> from the artist's alias list.
/// </summary>
internal static class ArtistGraph
{
    public static IReadOnlyList<WriteStep> Plan(IReadOnlyList<IngestRecord> changed, long seenAt)
    {
        var nodes = new List<ArtistRow>(changed.Count);
        var members = new List<LinkRow>();
        var groups = new List<LinkRow>();
        var aliases = new List<LinkRow>();
        foreach (var record in changed)
        {
            var artist = CanonicalRecordReader.ReadArtist(record.Json.Span);
            nodes.Add(new ArtistRow(record.Id, artist.Name, record.Sha256, GraphIds.Document(record), SearchText.Fold(artist.Name)));
            members.AddRange(GraphIds.NamedLinks(record.Id, artist.Members.Select(m => (m.Id, m.Name))));
            groups.AddRange(GraphIds.NamedLinks(record.Id, artist.Groups.Select(g => (g.Id, g.Name))));
            aliases.AddRange(GraphIds.NamedLinks(record.Id, artist.Aliases.Select(a => (a.Id, a.Name))));
        }

        var ids = GraphIds.Of(changed);
        return new WritePlan("Artists", seenAt)
            .AddNodes(nodes)
            .Add("ReleaseMemberClaims", "ids", ids)
            .Add("ReleaseGroupClaims", "ids", ids)
            .Add("DeleteAliases", "ids", ids)
            .Add("MergeMembers", "links", members)
            .Add("MergeGroups", "links", groups)
            .Add("MergeAliases", "links", aliases)
            .Steps;
    }
}
