namespace Discogsography.GraphQL.Tests.Validation.Fragments;

public sealed class FragmentsOnCompositeTypesTests
{
    [Theory]
    [InlineData("{ dog { ... on Pet { name } ... on CatOrDog { __typename } ... { name } } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_FragmentOnEnum_ReportsTheTypeCondition() =>
        ValidationAssert.Errors(
            "{ dog { ...F } } fragment F on FurColor { name }",
            new ExpectedError("FragmentsOnCompositeTypes", "Fragment \"F\" cannot condition on non composite type \"FurColor\".", (1, 32)));

    [Fact]
    public void Validate_InlineFragmentOnScalar_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { ... on Boolean { x } } }",
            new ExpectedError("FragmentsOnCompositeTypes", "Fragment cannot condition on non composite type \"Boolean\".", (1, 16)));

    [Fact]
    public void Validate_FragmentOnInputObject_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { ...F } } fragment F on FindDogInput { name }",
            new ExpectedError("FragmentsOnCompositeTypes", "Fragment \"F\" cannot condition on non composite type \"FindDogInput\".", (1, 32)));
}
