namespace Discogsography.GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> validates: the error cap, the introspection depth, and the operation limits.</summary>
public sealed class ValidationOptions
{
    /// <summary>All spec rules plus the default <see cref="OperationLimits"/>.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Only the rules of spec section 5 (and graphql-js's MaxIntrospectionDepth), no operation limits.</summary>
    public static ValidationOptions SpecRulesOnly { get; } = new() { Limits = null };

    /// <summary>Errors reported before validation stops with a final "Too many validation errors" error (graphql-js: 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>How deeply the list fields of <c>__Type</c> may nest in an introspection query (graphql-js: 3).</summary>
    public int MaxIntrospectionListDepth { get; init; } = 3;

    /// <summary>The depth, cost, alias, root-field and introspection limits; null checks the spec rules only.</summary>
    public OperationLimits? Limits { get; init; } = OperationLimits.Default;

    /// <summary>Throws when a setting is out of range; called before the options are used.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxErrors, 1, nameof(MaxErrors));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIntrospectionListDepth, 1, nameof(MaxIntrospectionListDepth));
        Limits?.Validate();
    }
}
