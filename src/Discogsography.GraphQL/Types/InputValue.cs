namespace Discogsography.GraphQL.Types;

/// <summary>An argument or input field: a typed input with an optional default value.</summary>
public abstract class InputValue : DeprecatableElement
{
    private protected InputValue()
    {
    }

    /// <summary>The input type of the value.</summary>
    public GraphQLType Type { get; internal set; } = null!;

    /// <summary>True when a default value is defined (it may be null).</summary>
    public bool HasDefaultValue { get; internal set; }

    /// <summary>The coerced default value, when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>True when the value must be given: a non-null type without a default.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;
}
