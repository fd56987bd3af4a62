namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>The 19 places a directive may be used (spec: DirectiveLocations); spec names via <see cref="DirectiveLocationNames"/>.</summary>
public enum DirectiveLocation
{
    /// <summary>The executable location <c>QUERY</c>.</summary>
    Query,

    /// <summary>The executable location <c>MUTATION</c>.</summary>
    Mutation,

    /// <summary>The executable location <c>SUBSCRIPTION</c>.</summary>
    Subscription,

    /// <summary>The executable location <c>FIELD</c>.</summary>
    Field,

    /// <summary>The executable location <c>FRAGMENT_DEFINITION</c>.</summary>
    FragmentDefinition,

    /// <summary>The executable location <c>FRAGMENT_SPREAD</c>.</summary>
    FragmentSpread,

    /// <summary>The executable location <c>INLINE_FRAGMENT</c>.</summary>
    InlineFragment,

    /// <summary>The executable location <c>VARIABLE_DEFINITION</c>.</summary>
    VariableDefinition,

    /// <summary>The type system location <c>SCHEMA</c>.</summary>
    Schema,

    /// <summary>The type system location <c>SCALAR</c>.</summary>
    Scalar,

    /// <summary>The type system location <c>OBJECT</c>.</summary>
    Object,

    /// <summary>The type system location <c>FIELD_DEFINITION</c>.</summary>
    FieldDefinition,

    /// <summary>The type system location <c>ARGUMENT_DEFINITION</c>.</summary>
    ArgumentDefinition,

    /// <summary>The type system location <c>INTERFACE</c>.</summary>
    Interface,

    /// <summary>The type system location <c>UNION</c>.</summary>
    Union,

    /// <summary>The type system location <c>ENUM</c>.</summary>
    Enum,

    /// <summary>The type system location <c>ENUM_VALUE</c>.</summary>
    EnumValue,

    /// <summary>The type system location <c>INPUT_OBJECT</c>.</summary>
    InputObject,

    /// <summary>The type system location <c>INPUT_FIELD_DEFINITION</c>.</summary>
    InputFieldDefinition,
}
