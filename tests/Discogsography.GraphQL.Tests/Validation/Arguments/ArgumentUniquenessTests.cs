namespace Discogsography.GraphQL.Tests.Validation.Arguments;

public sealed class ArgumentUniquenessTests
{
    [Theory]
    [InlineData("{ dog { isAtLocation(x: 1, y: 2) } }")]
    [InlineData("{ dog @include(if: true) { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_DuplicateFieldArgument_ReportsEachName() =>
        ValidationAssert.Errors(
            "{ dog { isHouseTrained(atOtherHomes: true, atOtherHomes: false, atOtherHomes: true) } }",
            new ExpectedError("UniqueArgumentNames", "There can be only one argument named \"atOtherHomes\".", (1, 24), (1, 44), (1, 65)));

    [Fact]
    public void Validate_DuplicateDirectiveArgument_ReportsBothNames() =>
        ValidationAssert.Errors(
            "{ dog @include(if: true, if: false) { name } }",
            new ExpectedError("UniqueArgumentNames", "There can be only one argument named \"if\".", (1, 16), (1, 26)));
}
