using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Execution;

/// <summary>The validation stage's choices: the spec's rules with or without operation limits, or none.</summary>
public static class ExecutionValidation
{
    /// <summary>Every spec rule plus the default operation limits (<see cref="ValidationOptions.Default"/>).</summary>
    public static DocumentValidation Default { get; } = With(ValidationOptions.Default);

    /// <summary>Only the spec's rules, no operation limits.</summary>
    public static DocumentValidation SpecRulesOnly { get; } = With(ValidationOptions.SpecRulesOnly);

    /// <summary>No validation at all (for tests of execution against documents validation would reject).</summary>
    public static DocumentValidation None { get; } = static (_, _) => [];

    /// <summary>The spec's rules with <paramref name="options"/>.</summary>
    public static DocumentValidation With(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (schema, document) => DocumentValidator.Validate(schema, document, options);
    }
}
