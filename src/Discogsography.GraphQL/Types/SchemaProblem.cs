namespace Discogsography.GraphQL.Types;

/// <summary>One problem that keeps a schema from being built: what is wrong and where in the SDL.</summary>
/// <param name="Message">What is wrong, in graphql-js wording where graphql-js reports the same problem.</param>
/// <param name="Locations">Where, in the order the message mentions the places; empty when nowhere in the SDL.</param>
public sealed record SchemaProblem(string Message, IReadOnlyList<SchemaLocation> Locations);
