using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>Where a result is produced, for problem messages.</summary>
/// <param name="Coordinate">The schema coordinate of the field: <c>Query.artist</c>.</param>
/// <param name="Subject">The CLR member: <c>QueryResolvers.Artist</c>.</param>
/// <param name="GraphQLType">The field's GraphQL type.</param>
/// <param name="Result">The CLR type the member produces (tasks and streams unwrapped).</param>
internal sealed record OutputSite(string Coordinate, string Subject, GraphQLType GraphQLType, Type Result);
