using Discogsography.Catalog.Records;
using Discogsography.GraphQL.Binding;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>CatalogEntry</c> that link to the label.</summary>
internal sealed class CatalogEntryFields
{
    public LabelEntity? Label([Parent] CatalogEntry entry) => entry.Id is > 0 and long id ? new LabelEntity(id, entry.Name) : null;
}
