namespace Discogsography.GraphQL.Types;

/// <summary>A field of an input object type.</summary>
public sealed class InputField : InputValue
{
}
