namespace Discogsography.GraphQL.Tests.Validation.Fields;

public sealed class FieldSelectionsTests
{
    [Theory]
    [InlineData("{ dog { name nickname } }")]
    [InlineData("{ pet { name __typename } }")]
    [InlineData("{ catOrDog { __typename ... on Dog { barkVolume } } }")]
    [InlineData("{ __schema { queryType { name } } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_UnknownField_ReportsItWithSuggestions() =>
        ValidationAssert.Errors(
            "{ dog { nam } }",
            new ExpectedError("FieldsOnCorrectType", "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 9)));

    [Fact]
    public void Validate_FieldOnInterface_SuggestsImplementations() =>
        ValidationAssert.Errors(
            "{ pet { barkVolume } }",
            new ExpectedError("FieldsOnCorrectType", "Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Dog\"?", (1, 9)));

    [Fact]
    public void Validate_FieldOnUnion_SuggestsMembers() =>
        ValidationAssert.Errors(
            "{ catOrDog { name } }",
            new ExpectedError("FieldsOnCorrectType", "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 14)));

    [Fact]
    public void Validate_NoCloseName_ReportsWithoutSuggestion() =>
        ValidationAssert.Errors(
            "{ dog { kawVolume } }",
            new ExpectedError("FieldsOnCorrectType", "Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 9)));

    [Fact]
    public void Validate_UnknownInsideFragment_ReportsIt() =>
        ValidationAssert.Errors(
            "fragment F on Dog { meowVolume } { dog { ...F } }",
            new ExpectedError("FieldsOnCorrectType", "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 21)));

    [Fact]
    public void Validate_SchemaBelowRoot_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { __schema { queryType { name } } } }",
            new ExpectedError("FieldsOnCorrectType", "Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));

    [Fact]
    public void Validate_FieldOnUnionOfUnrelatedTypes_OrdersSuggestionsLikeGraphQLJs() =>
        ValidationAssert.Errors(
            "{ dogOrHuman { name } }",
            new ExpectedError(
                "FieldsOnCorrectType",
                "Cannot query field \"name\" on type \"DogOrHuman\". Did you mean to use an inline fragment on \"Being\", \"Canine\", \"Sentient\", \"Human\", or \"Pet\"?",
                (1, 16)));
}
