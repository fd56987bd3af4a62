namespace Discogsography.Server.Explore.Fields;

/// <summary>The orders of <c>artist.releases</c> (<c>ReleaseOrder</c>).</summary>
internal enum ReleaseOrder
{
    /// <summary>Newest first, unknown years last, then by id.</summary>
    YearDesc,
}
