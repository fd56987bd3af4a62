using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>Where an input value is bound, for problem messages and null handling.</summary>
/// <param name="Coordinate">The schema coordinate: <c>Query.artist(id:)</c> or <c>ArtistInput.name</c>.</param>
/// <param name="Subject">The CLR element: <c>parameter int id of QueryResolvers.Artist</c>.</param>
/// <param name="GraphQLType">The GraphQL type of the argument or input field.</param>
/// <param name="Target">The CLR type of the parameter or member.</param>
/// <param name="NullBecomesDefault">True when null is replaced by a default (a parameter with a default value).</param>
internal sealed record InputSite(string Coordinate, string Subject, GraphQLType GraphQLType, Type Target, bool NullBecomesDefault);
