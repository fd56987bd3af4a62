namespace Discogsography.GraphQL.Types;

/// <summary>A GraphQL type: a named type, or a list or non-null wrapper around another type.</summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>What kind of type this is.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the centre of any list and non-null wrappers.</summary>
    public abstract NamedType Named { get; }

    /// <summary>True for types that may be used for arguments, variables and input fields.</summary>
    public bool IsInputType => Named is ScalarType or EnumType or InputObjectType;

    /// <summary>True for types that may be used for output fields.</summary>
    public bool IsOutputType => Named is not InputObjectType;

    /// <summary>The type in SDL notation, for example <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
