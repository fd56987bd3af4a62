namespace Discogsography.Stores.Sql.Catalog;

/// <summary>A genre or style of a master or release, by name until the batch resolves names to ids.</summary>
/// <param name="OwnerId">The master or release.</param>
/// <param name="Name">The genre or style name.</param>
/// <param name="Year">The release's year (null for masters and unknown years).</param>
internal sealed record TagLink(long OwnerId, string Name, int? Year);
