namespace Discogsography.GraphQL.Types;

/// <summary>An interface type: fields every implementing object or interface type has.</summary>
public sealed class InterfaceType : ComplexType
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;
}
