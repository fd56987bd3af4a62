namespace Discogsography.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesTests
{
    [Theory]
    [InlineData("query Q($a: FurColor, $b: [String!]) { complicatedArgs { enumArgField(enumArg: $a) stringListNonNullArgField(stringListNonNullArg: $b) } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_UnknownVariableType_ReportsItWithSuggestion() =>
        ValidationAssert.Errors(
            "query Q($a: Strin, $b: [Unknown!]) { dog { name } }",
            new ExpectedError("KnownTypeNames", "Unknown type \"Strin\". Did you mean \"String\"?", (1, 13)),
            new ExpectedError("KnownTypeNames", "Unknown type \"Unknown\".", (1, 25)));
}
