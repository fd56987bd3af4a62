namespace Discogsography.GraphQL.Tests.Validation.Variables;

public sealed class AllVariableUsagesAreAllowedTests
{
    [Theory]
    [InlineData("query Q($a: Boolean = true) { dog @include(if: $a) { name } }")]
    [InlineData("query Q($a: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $a) } }")]
    [InlineData("query Q($a: String!) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$a]) } }")]
    [InlineData("query Q($a: String!) { petByRef(ref: {dogName: $a}) { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_NullableIntoNonNull_ReportsDefinitionAndUsage() =>
        ValidationAssert.Errors(
            "query Q($a: Int) {\n  complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) }\n}",
            new ExpectedError("VariablesInAllowedPosition", "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (2, 55)));

    [Fact]
    public void Validate_NullDefaultDoesNotHelp_ReportsIt() =>
        ValidationAssert.Errors(
            "query Q($a: Boolean = null) { dog @include(if: $a) { name } }",
            new ExpectedError("VariablesInAllowedPosition", "Variable \"$a\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 48)));

    [Fact]
    public void Validate_ListIntoScalar_ReportsIt() =>
        ValidationAssert.Errors(
            "query Q($a: [String]) { complicatedArgs { stringArgField(stringArg: $a) } }",
            new ExpectedError("VariablesInAllowedPosition", "Variable \"$a\" of type \"[String]\" used in position expecting type \"String\".", (1, 9), (1, 69)));

    [Fact]
    public void Validate_WrongScalar_ReportsIt() =>
        ValidationAssert.Errors(
            "query Q($a: Int) { complicatedArgs { floatArgField(floatArg: $a) } }",
            new ExpectedError("VariablesInAllowedPosition", "Variable \"$a\" of type \"Int\" used in position expecting type \"Float\".", (1, 9), (1, 62)));

    [Fact]
    public void Validate_NullableItemIntoNonNullItems_ReportsIt() =>
        ValidationAssert.Errors(
            "query Q($a: String) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$a]) } }",
            new ExpectedError("VariablesInAllowedPosition", "Variable \"$a\" of type \"String\" used in position expecting type \"String!\".", (1, 9), (1, 90)));

    [Fact]
    public void Validate_UsageInFragment_ReportsIt() =>
        ValidationAssert.Errors(
            "query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $a) }",
            new ExpectedError("VariablesInAllowedPosition", "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 113)));

    [Fact]
    public void Validate_NullableIntoOneOfField_ReportsOneOf() =>
        ValidationAssert.Errors(
            "query Q($a: String) { petByOptionalRef(ref: {dogName: $a}) { name } }",
            new ExpectedError("VariablesInAllowedPosition", "Variable \"$a\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"PetRef\".", (1, 9), (1, 55)));
}
