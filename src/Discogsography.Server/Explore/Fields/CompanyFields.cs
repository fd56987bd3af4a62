using Discogsography.Catalog.Records;
using Discogsography.GraphQL.Binding;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Company</c> that differ from the record.</summary>
internal sealed class CompanyFields
{
    public LabelEntity? Label([Parent] Company company) => company.Id is > 0 and long id ? new LabelEntity(id, company.Name) : null;

    public string? Role([Parent] Company company) => company.EntityTypeName;
}
