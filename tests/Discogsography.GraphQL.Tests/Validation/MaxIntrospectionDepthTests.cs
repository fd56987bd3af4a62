namespace Discogsography.GraphQL.Tests.Validation;

public sealed class MaxIntrospectionDepthTests
{
    [Theory]
    [InlineData("{ __schema { types { fields { type { fields { name } } } } } }")]
    [InlineData("{ __schema { types { ...F } } } fragment F on __Type { name }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_ThreeNestedFieldLists_ReportsTheRootField() =>
        ValidationAssert.Errors(
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            new ExpectedError("MaxIntrospectionDepth", "Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void Validate_NestedThroughFragments_ReportsIt() =>
        ValidationAssert.Errors(
            "{ __type(name: \"Dog\") { ...F } } fragment F on __Type { fields { type { ...F } } }",
            new ExpectedError("MaxIntrospectionDepth", "Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void Validate_InterfacesLists_ReportsIt() =>
        ValidationAssert.Errors(
            "{ __schema { types { interfaces { interfaces { interfaces { name } } } } } }",
            new ExpectedError("MaxIntrospectionDepth", "Maximum introspection depth exceeded", (1, 3)));
}
