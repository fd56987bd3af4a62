namespace Discogsography.GraphQL.Tests.Validation.Values;

public sealed class InputObjectFieldNamesTests
{
    [Theory]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_UnknownField_ReportsItWithSuggestion() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intFeld: 1}) } }",
            new ExpectedError("ValuesOfCorrectType", "Field \"intFeld\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (1, 71)));

    [Fact]
    public void Validate_UnknownNestedField_ReportsIt() =>
        ValidationAssert.Errors(
            "{ findDog(searchBy: {name: \"Rex\", color: \"brown\"}) { name } }",
            new ExpectedError("ValuesOfCorrectType", "Field \"color\" is not defined by type \"FindDogInput\".", (1, 35)));
}
