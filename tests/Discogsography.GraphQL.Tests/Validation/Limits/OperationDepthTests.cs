using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation.Limits;

public sealed class OperationDepthTests
{
    private static readonly OperationLimits _depth3 = new() { MaxDepth = 3 };

    [Fact]
    public void Validate_AtTheLimit_ReportsNothing() => LimitAssert.None("{ dog { owner { name } } }", _depth3);

    [Fact]
    public void Validate_OverTheLimit_ReportsDepthAndOperation()
    {
        GraphQLError error = LimitAssert.Single("query Deep {\n  dog { mother { owner { name } } }\n}", _depth3, LimitErrorCodes.MaxDepthExceeded);

        Assert.Equal("Operation \"Deep\" has a depth of 4, more than the maximum of 3.", error.Message);
        Assert.Equal([new ErrorLocation(1, 1)], error.Locations);
        Assert.Equal(4L, error.Extensions?["depth"]);
        Assert.Equal("MaxDepth", error.Extensions?["rule"]);
    }

    [Fact]
    public void Validate_DepthThroughFragments_CountsExpandedDepth()
    {
        GraphQLError error = LimitAssert.Single(
            "{ dog { ...A } } fragment A on Dog { mother { ... on Dog { ...B } } } fragment B on Dog { owner { name } }",
            _depth3,
            LimitErrorCodes.MaxDepthExceeded);

        Assert.Equal("The anonymous operation has a depth of 4, more than the maximum of 3.", error.Message);
    }

    [Fact]
    public void Validate_IntrospectionBelowTheRoot_DoesNotCount() =>
        LimitAssert.None("{ __schema { types { fields { type { ofType { name } } } } } }", _depth3);

    [Fact]
    public void Validate_LimitOff_ReportsNothing() =>
        LimitAssert.None("{ dog { mother { mother { mother { mother { name } } } } } }", new OperationLimits { MaxDepth = null });
}
