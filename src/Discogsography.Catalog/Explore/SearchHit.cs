namespace Discogsography.Catalog.Explore;

/// <summary>One search hit.</summary>
/// <param name="Node">The node found (with its year for masters and releases).</param>
/// <param name="Relevance">Query length / name length, at most 1 (higher is better).</param>
/// <param name="Highlight">The name or title with the matched words wrapped in <c>&lt;b&gt;</c>…<c>&lt;/b&gt;</c> (see <see cref="SearchHighlighter"/>).</param>
/// <param name="Genres">The genres of a master or release (empty for artists and labels).</param>
public sealed record SearchHit(EntitySummary Node, double Relevance, string Highlight, IReadOnlyList<string> Genres);
