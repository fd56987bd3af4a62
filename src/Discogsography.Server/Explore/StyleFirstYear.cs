namespace Discogsography.Server.Explore;

/// <summary>A <c>StyleFirstYear</c>.</summary>
internal sealed record StyleFirstYear(StyleEntity Style, int FirstYear);
