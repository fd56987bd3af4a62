using Discogsography.Catalog.Records;
using Discogsography.GraphQL.Binding;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Video</c> that differ from the record.</summary>
internal sealed class VideoFields
{
    public string? Url([Parent] Video video) => video.Source;
}
