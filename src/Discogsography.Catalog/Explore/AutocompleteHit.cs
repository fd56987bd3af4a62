namespace Discogsography.Catalog.Explore;

/// <summary>One suggestion.</summary>
/// <param name="Ref">The suggested node.</param>
/// <param name="Name">Its name or title as stored.</param>
/// <param name="Score">How well it matches, from <see cref="AutocompleteScoring"/> (1 = exact).</param>
public sealed record AutocompleteHit(EntityRef Ref, string Name, double Score)
{
    /// <summary>The suggested node's kind.</summary>
    public EntityKind Kind => Ref.Kind;
}
