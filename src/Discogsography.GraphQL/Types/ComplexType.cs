namespace Discogsography.GraphQL.Types;

/// <summary>An object or interface type: a named set of output fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private protected ComplexType()
    {
    }

    /// <summary>The fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, OutputField> Fields { get; internal set; } = new Dictionary<string, OutputField>();

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>True when this type declares <paramref name="interfaceType"/> among its interfaces.</summary>
    public bool Implements(InterfaceType interfaceType) => Interfaces.Contains(interfaceType);
}
