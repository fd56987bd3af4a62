using Discogsography.GraphQL.Binding;

namespace Discogsography.Server.Explore.Fields;

/// <summary>The fields of <c>Person</c>.</summary>
internal sealed class PersonFields
{
    public string Id([Parent] PersonEntity person) => NodeIds.Person(person.Name);
}
