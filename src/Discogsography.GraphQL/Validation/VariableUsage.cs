using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// A variable used somewhere in an operation or fragment, with the input type expected where it stands, whether that
/// position has a default value, and the input type of the enclosing position (for OneOf checks).
/// </summary>
internal sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool LocationHasDefault, GraphQLType? ParentType);
