namespace Discogsography.GraphQL.Tests.Validation.Values;

public sealed class InputObjectRequiredFieldsTests
{
    [Theory]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: {requiredField: false}) } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_MissingRequiredField_ReportsTheObject() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { complexArgField(complexArg: {intField: 4}) } }",
            new ExpectedError("ValuesOfCorrectType", "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49)));

    [Fact]
    public void Validate_MissingInNestedObject_ReportsTheNestedObject() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nested: {intField: 3}}) } }",
            new ExpectedError("ValuesOfCorrectType", "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 79)));
}
