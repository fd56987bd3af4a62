namespace Discogsography.GraphQL.Types;

/// <summary>One value of an enum type.</summary>
public sealed class EnumValue : DeprecatableElement
{
}
