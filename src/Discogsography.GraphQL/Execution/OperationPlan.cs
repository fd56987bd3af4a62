using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// A prepared operation: the operation of a cached document with its fragments, for one set of <c>@skip</c>/<c>@include</c>
/// variable values. Selection plans are built on first use and then shared by every request with the same document.
/// </summary>
internal sealed class OperationPlan
{
    public OperationPlan(ExecutableSchema executable, DocumentNode document, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        Executable = executable;
        Operation = operation;
        RootType = rootType;
        Variables = variables;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
        Root = new SelectionPlan(this, rootType, [operation.SelectionSet]);
    }

    public ExecutableSchema Executable { get; }

    public Schema Schema => Executable.Schema;

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    /// <summary>The variable values the plan's include conditions were evaluated with (only those conditions matter).</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public SelectionPlan Root { get; }
}
