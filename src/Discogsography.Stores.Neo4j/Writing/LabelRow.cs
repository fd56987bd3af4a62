namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>A label node's properties; <c>Document</c> is the record's canonical JSON (read back by the explore readers), <c>SearchName</c> the name folded by <c>SearchText.Fold</c> (full-text indexed).</summary>
internal sealed record LabelRow(long Id, string? Name, string Sha256, string Document, string SearchName);
