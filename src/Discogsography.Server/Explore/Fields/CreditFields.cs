using Discogsography.GraphQL.Binding;

namespace Discogsography.Server.Explore.Fields;

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
