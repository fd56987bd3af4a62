using System.Collections.Concurrent;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Execution;

/// <summary>The prepared operations of one document, keyed by operation and the values of its include-condition variables.</summary>
internal sealed class OperationPlanCache
{
    private readonly ConcurrentDictionary<(OperationDefinitionNode Operation, long Conditions), OperationPlan> _plans = new();
    private string[]? _conditionVariables;

    public OperationPlan GetOrCreate(
        ExecutableSchema executable,
        DocumentNode document,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables)
    {
        _conditionVariables ??= IncludeConditions.FindConditionVariables(document);
        long key = IncludeConditions.Key(_conditionVariables, variables);
        if (key < 0)
        {
            return new OperationPlan(executable, document, operation, rootType, variables);
        }

        // The plan keeps only the values its collection depends on, never the rest of a request's variables.
        var conditions = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (string name in _conditionVariables)
        {
            conditions[name] = variables.TryGetValue(name, out object? value) && value is true;
        }

        if (_plans.TryGetValue((operation, key), out OperationPlan? plan))
        {
            return plan;
        }

        return _plans.GetOrAdd((operation, key), new OperationPlan(executable, document, operation, rootType, conditions));
    }
}
