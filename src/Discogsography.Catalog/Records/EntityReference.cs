namespace Discogsography.Catalog.Records;

/// <summary>A link to another entity by id and the name shown for it: aliases, members, groups, sublabels, parent label.</summary>
/// <param name="Id">The linked entity's id, or null when the dump gives none.</param>
/// <param name="Name">The name shown for it, or null.</param>
public sealed record EntityReference(long? Id, string? Name);
