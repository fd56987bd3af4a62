namespace Discogsography.GraphQL.Tests.Validation.Fragments;

public sealed class FragmentSpreadIsPossibleTests
{
    [Theory]
    [InlineData("{ dog { ... on Pet { name } ... on CatOrDog { __typename } ...F } } fragment F on Canine { name }")]
    [InlineData("{ pet { ... on Being { name } } being { ... on Sentient { name } } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_ObjectIntoOtherObject_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { ... on Cat { name } } }",
            new ExpectedError("PossibleFragmentSpreads", "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 9)));

    [Fact]
    public void Validate_ObjectFragmentIntoUnion_ReportsIt() =>
        ValidationAssert.Errors(
            "{ catOrDog { ...H } } fragment H on Human { name }",
            new ExpectedError("PossibleFragmentSpreads", "Fragment \"H\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 14)));

    [Fact]
    public void Validate_UnionIntoInterface_ReportsIt() =>
        ValidationAssert.Errors(
            "{ pet { ... on HumanOrAlien { __typename } } }",
            new ExpectedError("PossibleFragmentSpreads", "Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 9)));

    [Fact]
    public void Validate_InterfaceIntoInterfaceWithoutCommonType_ReportsIt() =>
        ValidationAssert.Errors(
            "{ mammal { ...S } } fragment S on Sentient { name }",
            new ExpectedError("PossibleFragmentSpreads", "Fragment \"S\" cannot be spread here as objects of type \"Mammal\" can never be of type \"Sentient\".", (1, 12)));
}
