namespace Discogsography.GraphQL.Execution;

/// <summary>The validation stage's seam: which validator the pipeline calls unless the options name another.</summary>
public static class ExecutionValidation
{
    /// <summary>The spec's validation rules.</summary>
    public static DocumentValidation Default { get; } = static (schema, document) => [];

    /// <summary>No validation at all (for tests of execution against documents validation would reject).</summary>
    public static DocumentValidation None { get; } = static (_, _) => [];
}
