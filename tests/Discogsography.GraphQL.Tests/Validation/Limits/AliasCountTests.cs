using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation.Limits;

public sealed class AliasCountTests
{
    private static readonly OperationLimits _twoAliases = new() { MaxAliases = 2 };

    [Fact]
    public void Validate_AtTheLimit_ReportsNothing() => LimitAssert.None("{ a: dog { name } b: dog { name } }", _twoAliases);

    [Fact]
    public void Validate_AliasesInRepeatedFragments_CountPerSpread()
    {
        GraphQLError error = LimitAssert.Single(
            "query Q { a: dog { ...F } b: dog { ...F } } fragment F on Dog { n: name }", _twoAliases, LimitErrorCodes.MaxAliasesExceeded);

        Assert.Equal("Operation \"Q\" uses 4 aliases, more than the maximum of 2.", error.Message);
        Assert.Equal(4L, error.Extensions?["aliases"]);
    }
}
