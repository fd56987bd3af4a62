using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;

namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>
/// Labels in the graph: the node and <c>(sub)-[:SUBLABEL_OF]-&gt;(parent)</c> from both the parent's sublabel list
/// and the sublabel's parent (each side's claim is kept on the edge).
/// </summary>
internal static class LabelGraph
{
    public static IReadOnlyList<WriteStep> Plan(IReadOnlyList<IngestRecord> changed, long seenAt)
    {
        var nodes = new List<LabelRow>(changed.Count);
        var sublabels = new List<LinkRow>();
        var parents = new List<LinkRow>();
        foreach (var record in changed)
        {
            var label = CanonicalRecordReader.ReadLabel(record.Json.Span);
            nodes.Add(new LabelRow(record.Id, label.Name, record.Sha256, GraphIds.Document(record), SearchText.Fold(label.Name)));
            sublabels.AddRange(GraphIds.Links(record.Id, label.Sublabels.Select(s => s.Id)));
            parents.AddRange(GraphIds.Links(record.Id, [label.ParentLabel?.Id]));
        }

        var ids = GraphIds.Of(changed);
        return new WritePlan("Labels", seenAt)
            .AddNodes(nodes)
            .Add("ReleaseSublabelClaims", "ids", ids)
            .Add("ReleaseParentClaims", "ids", ids)
            .Add("MergeSublabels", "links", sublabels)
            .Add("MergeParents", "links", parents)
            .Steps;
    }
}
