using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation;

/// <summary>Variable usages shared by the variable rules, each computed once per operation or fragment.</summary>
internal sealed partial class ValidationContext
{
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _usages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveUsages = [];

    /// <summary>The variables used in one operation or fragment (not following spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (!_usages.TryGetValue(definition, out IReadOnlyList<VariableUsage>? usages))
        {
            var found = new List<VariableUsage>();
            VariableUsageCollector.Collect(Schema, definition, found);
            _usages[definition] = usages = found;
        }

        return usages;
    }

    /// <summary>The variables used by an operation and every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (!_recursiveUsages.TryGetValue(operation, out IReadOnlyList<VariableUsage>? usages))
        {
            var all = new List<VariableUsage>(GetVariableUsages(operation));
            foreach (FragmentDefinitionNode fragment in GetRecursivelyReferencedFragments(operation))
            {
                all.AddRange(GetVariableUsages(fragment));
            }

            _recursiveUsages[operation] = usages = all;
        }

        return usages;
    }
}
