using Discogsography.GraphQL.Validation.Arguments;
using Discogsography.GraphQL.Validation.Directives;
using Discogsography.GraphQL.Validation.Documents;
using Discogsography.GraphQL.Validation.Fields;
using Discogsography.GraphQL.Validation.Fragments;
using Discogsography.GraphQL.Validation.Limits;
using Discogsography.GraphQL.Validation.Operations;
using Discogsography.GraphQL.Validation.Values;
using Discogsography.GraphQL.Validation.Variables;

namespace Discogsography.GraphQL.Validation;

/// <summary>The rule instances of one validation, fresh each time (rules keep per-document state), in graphql-js's order.</summary>
internal static class SpecifiedRules
{
    public static List<ValidationRule> Create(ValidationOptions options)
    {
        List<ValidationRule> rules =
        [
            new ExecutableDefinitions(),
            new OperationTypeExistence(),
            new OperationNameUniqueness(),
            new LoneAnonymousOperation(),
            new SubscriptionSingleRootField(),
            new KnownTypeNames(),
            new FragmentSpreadTypeExistence(),
            new FragmentsOnCompositeTypes(),
            new VariablesAreInputTypes(),
            new LeafFieldSelections(),
            new FieldSelections(),
            new FragmentNameUniqueness(),
            new FragmentSpreadTargetDefined(),
            new FragmentsMustBeUsed(),
            new FragmentSpreadIsPossible(),
            new FragmentSpreadsMustNotFormCycles(),
            new VariableUniqueness(),
            new AllVariableUsesDefined(),
            new AllVariablesUsed(),
            new DirectivesAreDefined(),
            new DirectivesAreInValidLocations(),
            new DirectivesAreUniquePerLocation(),
            new ArgumentNames(),
            new ArgumentUniqueness(),
            new InputObjectRequiredFields(),
            new ValuesOfCorrectType(),
            new InputObjectFieldNames(),
            new RequiredArguments(),
            new AllVariableUsagesAreAllowed(),
            new FieldSelectionMerging(),
            new InputObjectFieldUniqueness(),
            new MaxIntrospectionDepth(),
        ];
        if (options.Limits is { } limits)
        {
            rules.Add(new IntrospectionDisabled(limits));
            rules.Add(new OperationDepth(limits));
            rules.Add(new OperationCost(limits));
            rules.Add(new AliasCount(limits));
            rules.Add(new RootFieldCount(limits));
        }

        return rules;
    }
}
