namespace Discogsography.GraphQL.Tests.Validation.Fragments;

public sealed class FragmentSpreadTypeExistenceTests
{
    [Theory]
    [InlineData("{ dog { ... on Dog { name } ...F } } fragment F on Pet { name }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_UnknownFragmentType_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { ...F } } fragment F on NotInSchema { name }",
            new ExpectedError("KnownTypeNames", "Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (1, 32)));

    [Fact]
    public void Validate_UnknownInlineType_ReportsItWithSuggestion() =>
        ValidationAssert.Errors(
            "{ dog { ... on Dgo { name } } }",
            new ExpectedError("KnownTypeNames", "Unknown type \"Dgo\". Did you mean \"Dog\"?", (1, 16)));
}
