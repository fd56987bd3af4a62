namespace Discogsography.GraphQL.Tests.Validation.Variables;

public sealed class VariablesAreInputTypesTests
{
    [Theory]
    [InlineData("query Q($a: FurColor, $b: FindDogInput, $c: [String!]) { complicatedArgs { enumArgField(enumArg: $a) stringListNonNullArgField(stringListNonNullArg: $c) } findDog(searchBy: $b) { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_ObjectTypeVariable_ReportsTheType() =>
        ValidationAssert.Errors(
            "query Q($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }",
            new ExpectedError("VariablesAreInputTypes", "Variable \"$a\" cannot be non-input type \"Dog\".", (1, 13)),
            new ExpectedError("VariablesAreInputTypes", "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 22)),
            new ExpectedError("VariablesAreInputTypes", "Variable \"$c\" cannot be non-input type \"Pet\".", (1, 42)));
}
