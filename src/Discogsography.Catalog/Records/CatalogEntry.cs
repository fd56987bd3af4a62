namespace Discogsography.Catalog.Records;

/// <summary>A label or series a release appears on, with its catalogue number.</summary>
/// <param name="Id">The label's (or series') id.</param>
/// <param name="Name">The label's (or series') name.</param>
/// <param name="CatalogNumber">The catalogue number (<c>catno</c>).</param>
public sealed record CatalogEntry(long? Id, string? Name, string? CatalogNumber);
