namespace Discogsography.GraphQL.Execution;

/// <summary>A request that passed every stage before execution: its prepared operation and coerced variables.</summary>
internal readonly record struct PreparedRequest(OperationPlan Plan, IReadOnlyDictionary<string, object?> Variables);
