namespace Discogsography.GraphQL.Tests.Validation.Directives;

public sealed class DirectivesAreUniquePerLocationTests
{
    [Theory]
    [InlineData("{ dog @include(if: true) @skip(if: false) { name @include(if: true) } }")]
    [InlineData("{ dog @repeatable @repeatable(label: \"a\") { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_SameDirectiveTwice_ReportsBoth() =>
        ValidationAssert.Errors(
            "{ dog @include(if: true) @include(if: false) { name } }",
            new ExpectedError("UniqueDirectivesPerLocation", "The directive \"@include\" can only be used once at this location.", (1, 7), (1, 26)));

    [Fact]
    public void Validate_ThreeTimes_ReportsEachRepeat() =>
        ValidationAssert.Errors(
            "{ dog @skip(if: true) @skip(if: true) @skip(if: true) { name } }",
            new ExpectedError("UniqueDirectivesPerLocation", "The directive \"@skip\" can only be used once at this location.", (1, 7), (1, 23)),
            new ExpectedError("UniqueDirectivesPerLocation", "The directive \"@skip\" can only be used once at this location.", (1, 7), (1, 39)));
}
