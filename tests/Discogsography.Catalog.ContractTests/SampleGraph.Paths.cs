using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.ContractTests;

public sealed partial class SampleGraph
{
    private Dictionary<EntityRef, List<(EntityRef To, PathRelationship Relationship, bool Forward)>>? _edges;

    /// <summary>Every relationship a path may follow, both ways: node → (neighbour, relationship, whether it points node → neighbour).</summary>
    public IReadOnlyDictionary<EntityRef, List<(EntityRef To, PathRelationship Relationship, bool Forward)>> Edges => _edges ??= BuildEdges();

    /// <summary>The length of a shortest path of at most <paramref name="maxDepth"/> relationships, or null.</summary>
    public int? ShortestPathLength(EntityRef from, EntityRef to, int maxDepth)
    {
        var seen = new HashSet<EntityRef> { from };
        var frontier = new List<EntityRef> { from };
        for (int depth = 0; depth <= maxDepth; depth++)
        {
            if (frontier.Contains(to))
            {
                return depth;
            }

            frontier = [.. frontier.SelectMany(node => Edges.TryGetValue(node, out var edges) ? edges : []).Select(edge => edge.To).Where(seen.Add)];
        }

        return null;
    }

    private Dictionary<EntityRef, List<(EntityRef, PathRelationship, bool)>> BuildEdges()
    {
        var edges = new Dictionary<EntityRef, List<(EntityRef, PathRelationship, bool)>>();
        void Add(EntityRef source, EntityRef target, PathRelationship relationship)
        {
            if (source == target)
            {
                return;
            }

            (edges.TryGetValue(source, out var outgoing) ? outgoing : edges[source] = []).Add((target, relationship, true));
            (edges.TryGetValue(target, out var incoming) ? incoming : edges[target] = []).Add((source, relationship, false));
        }

        foreach (ReleaseRecord release in Releases.Values)
        {
            var node = EntityRef.Release(release.Id);
            foreach (long artist in ArtistIds(release))
            {
                Add(node, EntityRef.Artist(artist), PathRelationship.By);
            }

            foreach (long label in LabelIds(release))
            {
                Add(node, EntityRef.Label(label), PathRelationship.On);
            }

            foreach (string genre in release.Genres.Distinct())
            {
                Add(node, EntityRef.Genre(genre), PathRelationship.Is);
            }

            foreach (string style in release.Styles.Distinct())
            {
                Add(node, EntityRef.Style(style), PathRelationship.Is);
            }

            if (release.MasterId is long master)
            {
                Add(node, EntityRef.Master(master), PathRelationship.DerivedFrom);
            }
        }

        foreach (MasterRecord master in Masters.Values)
        {
            var node = EntityRef.Master(master.Id);
            foreach (long artist in master.Artists.Where(credit => credit.Id is > 0).Select(credit => credit.Id!.Value).Distinct())
            {
                Add(node, EntityRef.Artist(artist), PathRelationship.By);
            }

            foreach (string genre in master.Genres.Distinct())
            {
                Add(node, EntityRef.Genre(genre), PathRelationship.Is);
            }

            foreach (string style in master.Styles.Distinct())
            {
                Add(node, EntityRef.Style(style), PathRelationship.Is);
            }
        }

        foreach (ArtistRecord artist in Artists.Values)
        {
            var node = EntityRef.Artist(artist.Id);
            foreach (long alias in artist.Aliases.Where(reference => reference.Id is not null).Select(reference => reference.Id!.Value))
            {
                Add(EntityRef.Artist(alias), node, PathRelationship.AliasOf);
            }

            foreach (long group in artist.Groups.Where(reference => reference.Id is not null).Select(reference => reference.Id!.Value))
            {
                Add(node, EntityRef.Artist(group), PathRelationship.MemberOf);
            }

            foreach (long member in artist.Members.Where(reference => reference.Id is not null).Select(reference => reference.Id!.Value))
            {
                Add(EntityRef.Artist(member), node, PathRelationship.MemberOf);
            }
        }

        return edges;
    }
}
