namespace Discogsography.Catalog.Explore;

/// <summary>The relationships a path may follow (in either direction).</summary>
public enum PathRelationship
{
    /// <summary>Release or master → artist (main artists).</summary>
    By,

    /// <summary>Release → label.</summary>
    On,

    /// <summary>Release → genre or style.</summary>
    Is,

    /// <summary>Artist (alias) → artist.</summary>
    AliasOf,

    /// <summary>Artist (member) → artist (group).</summary>
    MemberOf,

    /// <summary>Release → master.</summary>
    DerivedFrom,
}
