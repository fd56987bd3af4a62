using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation.Limits;

public sealed class IntrospectionDisabledTests
{
    private static readonly OperationLimits _noIntrospection = new() { AllowIntrospection = false };

    [Fact]
    public void Validate_TypeNameWhileDisabled_ReportsNothing() =>
        LimitAssert.None("{ __typename dog { __typename name } }", _noIntrospection);

    [Fact]
    public void Validate_SchemaWhileDisabled_ReportsTheField()
    {
        GraphQLError error = LimitAssert.Single("{ dog { name } __schema { queryType { name } } }", _noIntrospection, LimitErrorCodes.IntrospectionDisabled);

        Assert.Equal("Introspection is disabled: the field \"__schema\" cannot be queried.", error.Message);
        Assert.Equal([new ErrorLocation(1, 16)], error.Locations);
    }

    [Fact]
    public void Validate_TypeInFragmentWhileDisabled_ReportsIt() =>
        LimitAssert.Single("{ ...F } fragment F on Query { __type(name: \"Dog\") { name } }", _noIntrospection, LimitErrorCodes.IntrospectionDisabled);

    [Fact]
    public void Validate_SchemaWhileAllowed_ReportsNothing() =>
        LimitAssert.None("{ __schema { queryType { name } } }", new OperationLimits());
}
