using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation.Limits;

public sealed class OperationCostTests
{
    [Fact]
    public void Validate_ListWithLiteralPageSize_MultipliesTheSelection()
    {
        // pets (1) + 5 × name (1) = 6
        GraphQLError error = LimitAssert.Single("{ pets(first: 5) { name } }", new OperationLimits { MaxCost = 5 }, LimitErrorCodes.MaxCostExceeded);

        Assert.Equal(6L, error.Extensions?["cost"]);
        Assert.Equal(5L, error.Extensions?["maxCost"]);
        Assert.Equal("The anonymous operation has a cost of 6, more than the maximum of 5.", error.Message);
    }

    [Fact]
    public void Validate_AtTheLimit_ReportsNothing() => LimitAssert.None("{ pets(first: 5) { name } }", new OperationLimits { MaxCost = 6 });

    [Fact]
    public void Validate_PageSizeFromVariableDefault_UsesTheDefault()
    {
        // pets (1) + 3 × (name 1 + owner: Pet is abstract, __typename free) = 4
        GraphQLError error = LimitAssert.Single(
            "query Q($n: Int = 3) { pets(first: $n) { name __typename } }", new OperationLimits { MaxCost = 1 }, LimitErrorCodes.MaxCostExceeded);

        Assert.Equal(4L, error.Extensions?["cost"]);
    }

    [Fact]
    public void Validate_ListWithoutPageSize_AssumesTheListSize()
    {
        // pets (1) + 50 × name (1) = 51
        GraphQLError error = LimitAssert.Single("{ pets { name } }", new OperationLimits { MaxCost = 1 }, LimitErrorCodes.MaxCostExceeded);

        Assert.Equal(51L, error.Extensions?["cost"]);
    }

    [Fact]
    public void Validate_SlicingArgumentDefaultInSchema_UsesIt()
    {
        // dog (1) + friends (1) + 10 (schema default of first) × name (1) + name (1) = 13
        GraphQLError error = LimitAssert.Single("{ dog { friends { name } name } }", new OperationLimits { MaxCost = 1 }, LimitErrorCodes.MaxCostExceeded);

        Assert.Equal(13L, error.Extensions?["cost"]);
    }

    [Fact]
    public void Validate_FieldWeightsAndFragments_CountEverySpread()
    {
        var limits = new OperationLimits
        {
            MaxCost = 1,
            LeafFieldCost = 0,
            FieldCosts = new Dictionary<string, int> { ["Dog.owner"] = 10 },
        };

        // two dogs × (dog 1 + owner 10 + name 0) = 22
        GraphQLError error = LimitAssert.Single("{ a: dog { ...F } b: dog { ...F } } fragment F on Dog { owner { name } }", limits, LimitErrorCodes.MaxCostExceeded);

        Assert.Equal(22L, error.Extensions?["cost"]);
    }

    [Fact]
    public void Validate_NestedLists_MultiplyTheirSizes()
    {
        // pets (1) + 2 × (… on Dog: friends (1) + 3 × name (1)) = 9
        GraphQLError error = LimitAssert.Single(
            "{ pets(first: 2) { ... on Dog { friends(first: 3) { name } } } }", new OperationLimits { MaxCost = 8 }, LimitErrorCodes.MaxCostExceeded);

        Assert.Equal(9L, error.Extensions?["cost"]);
    }

    [Fact]
    public void Validate_Introspection_CostsNothing() =>
        LimitAssert.None("{ __schema { types { fields { name } } } }", new OperationLimits { MaxCost = 0 });
}
