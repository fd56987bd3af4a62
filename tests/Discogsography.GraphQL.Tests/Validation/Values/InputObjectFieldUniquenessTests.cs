namespace Discogsography.GraphQL.Tests.Validation.Values;

public sealed class InputObjectFieldUniquenessTests
{
    [Theory]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nested: {requiredField: true}}) } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_DuplicateField_ReportsBothNames() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, requiredField: false}) } }",
            new ExpectedError("UniqueInputFieldNames", "There can be only one input field named \"requiredField\".", (1, 50), (1, 71)));

    [Fact]
    public void Validate_ThreeTimes_ReportsEachRepeat() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1, intField: 2, intField: 3}) } }",
            new ExpectedError("UniqueInputFieldNames", "There can be only one input field named \"intField\".", (1, 71), (1, 84)),
            new ExpectedError("UniqueInputFieldNames", "There can be only one input field named \"intField\".", (1, 71), (1, 97)));
}
