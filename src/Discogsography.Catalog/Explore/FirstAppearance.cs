namespace Discogsography.Catalog.Explore;

/// <summary>When a genre or style first appeared.</summary>
/// <param name="Name">The genre's or style's name.</param>
/// <param name="FirstYear">The earliest known year of its releases.</param>
public sealed record FirstAppearance(string Name, int FirstYear);
