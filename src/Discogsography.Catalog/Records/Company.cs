namespace Discogsography.Catalog.Records;

/// <summary>A company credited on a release (pressed by, recorded at, ...).</summary>
/// <param name="Id">The company's label id.</param>
/// <param name="Name">The company's name.</param>
/// <param name="CatalogNumber">The catalogue number, if any.</param>
/// <param name="EntityType">The Discogs entity type code of the credit.</param>
/// <param name="EntityTypeName">The credit's name, e.g. <c>Pressed By</c>.</param>
/// <param name="ResourceUrl">The API URL of the company.</param>
public sealed record Company(long? Id, string? Name, string? CatalogNumber, int? EntityType, string? EntityTypeName, string? ResourceUrl);
