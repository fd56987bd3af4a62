using Discogsography.Catalog.Records;
using Discogsography.GraphQL.Binding;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Person</c>.</summary>
internal sealed class PersonFields
{
    public string Id([Parent] PersonEntity person) => NodeIds.Person(person.Name);
}

/// <summary>The fields of <c>ArtistCredit</c> that link to the artist.</summary>
internal sealed class ArtistCreditFields
{
    public ArtistEntity? Artist([Parent] ArtistCredit credit) => credit.Id is > 0 and long id ? new ArtistEntity(id, credit.Name) : null;
}

/// <summary>The fields of <c>Credit</c>.</summary>
internal sealed class CreditFields
{
    public PersonEntity Person([Parent] Credit credit) => new(credit.Entry.Name ?? credit.Entry.Anv ?? string.Empty);

    public ArtistEntity? Artist([Parent] Credit credit) => credit.Entry.Id is > 0 and long id ? new ArtistEntity(id, credit.Entry.Name) : null;

    public string? Anv([Parent] Credit credit) => credit.Entry.Anv;

    public string? Role([Parent] Credit credit) => credit.Entry.Role;

    public IReadOnlyList<string> Roles([Parent] Credit credit) => CreditRoles.Split(credit.Entry.Role);

    public string? Tracks([Parent] Credit credit) => credit.Entry.Tracks;
}

/// <summary>The fields of <c>Track</c> that differ from the record.</summary>
internal sealed class TrackFields
{
    public IReadOnlyList<Credit> Credits([Parent] Track track) => [.. track.ExtraArtists.Select(c => new Credit(c))];
}

/// <summary>The fields of <c>CatalogEntry</c> that link to the label.</summary>
internal sealed class CatalogEntryFields
{
    public LabelEntity? Label([Parent] CatalogEntry entry) => entry.Id is > 0 and long id ? new LabelEntity(id, entry.Name) : null;
}

/// <summary>The fields of <c>Company</c> that differ from the record.</summary>
internal sealed class CompanyFields
{
    public LabelEntity? Label([Parent] Company company) => company.Id is > 0 and long id ? new LabelEntity(id, company.Name) : null;

    public string? Role([Parent] Company company) => company.EntityTypeName;
}

/// <summary>The fields of <c>Video</c> that differ from the record.</summary>
internal sealed class VideoFields
{
    public string? Url([Parent] Video video) => video.Source;
}

/// <summary>A <c>Credit</c>: one extra artist of a release or track.</summary>
internal sealed record Credit(ArtistCredit Entry);
