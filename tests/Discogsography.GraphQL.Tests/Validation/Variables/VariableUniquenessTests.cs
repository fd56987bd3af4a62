namespace Discogsography.GraphQL.Tests.Validation.Variables;

public sealed class VariableUniquenessTests
{
    [Theory]
    [InlineData("query Q($a: Int, $b: Int) { complicatedArgs { intArgField(intArg: $a) nonNullIntArgField(nonNullIntArg: 1) } a: complicatedArgs { intArgField(intArg: $b) } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_DuplicateVariable_ReportsEachName() =>
        ValidationAssert.Errors(
            "query Q($a: Int, $a: String, $a: Boolean) { complicatedArgs { intArgField(intArg: $a) } }",
            new ExpectedError("UniqueVariableNames", "There can be only one variable named \"$a\".", (1, 10), (1, 19), (1, 31)));
}
