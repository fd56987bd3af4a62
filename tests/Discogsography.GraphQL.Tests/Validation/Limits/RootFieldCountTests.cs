using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation.Limits;

public sealed class RootFieldCountTests
{
    private static readonly OperationLimits _twoRootFields = new() { MaxRootFields = 2 };

    [Fact]
    public void Validate_AtTheLimit_ReportsNothing() => LimitAssert.None("{ dog { name } cat { name } }", _twoRootFields);

    [Fact]
    public void Validate_RootFieldsFromFragments_CountThem()
    {
        GraphQLError error = LimitAssert.Single(
            "{ dog { name } ...Q } fragment Q on Query { cat { name } ... on Query { pet { name } } }", _twoRootFields, LimitErrorCodes.MaxRootFieldsExceeded);

        Assert.Equal("The anonymous operation selects 3 root fields, more than the maximum of 2.", error.Message);
        Assert.Equal(3L, error.Extensions?["rootFields"]);
    }
}
