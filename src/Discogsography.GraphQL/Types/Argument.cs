namespace Discogsography.GraphQL.Types;

/// <summary>An argument of a field or directive.</summary>
public sealed class Argument : InputValue
{
}
