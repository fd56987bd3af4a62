using Discogsography.Catalog.Records;
using Discogsography.GraphQL.Binding;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Track</c> that differ from the record.</summary>
internal sealed class TrackFields
{
    public IReadOnlyList<Credit> Credits([Parent] Track track) => [.. track.ExtraArtists.Select(c => new Credit(c))];
}
