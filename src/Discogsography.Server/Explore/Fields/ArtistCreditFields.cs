using Discogsography.Catalog.Records;
using Discogsography.GraphQL.Binding;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>ArtistCredit</c> that link to the artist.</summary>
internal sealed class ArtistCreditFields
{
    public ArtistEntity? Artist([Parent] ArtistCredit credit) => credit.Id is > 0 and long id ? new ArtistEntity(id, credit.Name) : null;
}
