namespace Discogsography.GraphQL.Tests.Validation.Variables;

public sealed class AllVariablesUsedTests
{
    [Theory]
    [InlineData("query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { ...G } fragment G on ComplicatedArgs { intArgField(intArg: $a) }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_UnusedInNamedOperation_ReportsTheDefinition() =>
        ValidationAssert.Errors(
            "query Q($a: Int, $b: Int) { complicatedArgs { intArgField(intArg: $b) } }",
            new ExpectedError("NoUnusedVariables", "Variable \"$a\" is never used in operation \"Q\".", (1, 9)));

    [Fact]
    public void Validate_UnusedInAnonymousOperation_ReportsIt() =>
        ValidationAssert.Errors(
            "query ($a: Int) { dog { name } }",
            new ExpectedError("NoUnusedVariables", "Variable \"$a\" is never used.", (1, 8)));

    [Fact]
    public void Validate_UsedOnlyInUnreachedFragment_ReportsIt() =>
        ValidationAssert.Errors(
            "query Q($a: Int, $b: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) } fragment G on ComplicatedArgs { intArgField(intArg: $b) }",
            new ExpectedError("NoUnusedVariables", "Variable \"$b\" is never used in operation \"Q\".", (1, 18)));
}
