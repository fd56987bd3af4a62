namespace Discogsography.GraphQL.Tests.Validation.Variables;

public sealed class AllVariableUsesDefinedTests
{
    [Theory]
    [InlineData("query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_UndefinedInNamedOperation_ReportsUsageAndOperation() =>
        ValidationAssert.Errors(
            "query Q($a: Int) {\n  complicatedArgs { intArgField(intArg: $b) }\n}",
            new ExpectedError("NoUndefinedVariables", "Variable \"$b\" is not defined by operation \"Q\".", (2, 41), (1, 1)));

    [Fact]
    public void Validate_UndefinedInAnonymousOperation_ReportsIt() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { intArgField(intArg: $a) } }",
            new ExpectedError("NoUndefinedVariables", "Variable \"$a\" is not defined.", (1, 41), (1, 1)));

    [Fact]
    public void Validate_UndefinedThroughFragment_ReportsPerOperation() =>
        ValidationAssert.Errors(
            "query A($a: Int) { complicatedArgs { ...F } } query B { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }",
            new ExpectedError("NoUndefinedVariables", "Variable \"$a\" is not defined by operation \"B\".", (1, 136), (1, 47)));
}
