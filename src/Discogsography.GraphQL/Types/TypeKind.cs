namespace Discogsography.GraphQL.Types;

/// <summary>The kinds of GraphQL type, as introspection's <c>__TypeKind</c> names them.</summary>
public enum TypeKind
{
    /// <summary>A leaf value with custom coercion.</summary>
    Scalar,

    /// <summary>An object type with fields.</summary>
    Object,

    /// <summary>An abstract type listing fields its implementations share.</summary>
    Interface,

    /// <summary>An abstract type listing member object types.</summary>
    Union,

    /// <summary>A leaf type with a closed set of values.</summary>
    Enum,

    /// <summary>A structured input value.</summary>
    InputObject,

    /// <summary>A list of another type.</summary>
    List,

    /// <summary>A non-null wrapper of another type.</summary>
    NonNull,
}
