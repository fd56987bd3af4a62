namespace Discogsography.Catalog.Explore;

/// <summary>A node as lists show it: its key, its name (or title) and, for releases and masters, its year.</summary>
/// <param name="Ref">The node's key.</param>
/// <param name="Name">The name (artist, label, genre, style) or title (master, release); null for a placeholder whose record has not arrived.</param>
/// <param name="Year">The year of a release or master, or null when unknown (or another kind).</param>
public sealed record EntitySummary(EntityRef Ref, string? Name, int? Year = null);
