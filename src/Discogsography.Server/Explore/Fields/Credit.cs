using Discogsography.Catalog.Records;

namespace Discogsography.Server.Explore.Fields;

/// <summary>A <c>Credit</c>: one extra artist of a release or track.</summary>
internal sealed record Credit(ArtistCredit Entry);
