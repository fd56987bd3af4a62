namespace Discogsography.GraphQL.Tests.Validation.Directives;

public sealed class DirectivesAreDefinedTests
{
    [Theory]
    [InlineData("{ dog @include(if: true) { name @skip(if: false) } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_UnknownDirective_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog @unknown { name } }",
            new ExpectedError("KnownDirectives", "Unknown directive \"@unknown\".", (1, 7)));

    [Fact]
    public void Validate_SeveralUnknown_ReportsEach() =>
        ValidationAssert.Errors(
            "query Q @a { dog @b { ...F @c } } fragment F on Dog @d { name }",
            new ExpectedError("KnownDirectives", "Unknown directive \"@a\".", (1, 9)),
            new ExpectedError("KnownDirectives", "Unknown directive \"@b\".", (1, 18)),
            new ExpectedError("KnownDirectives", "Unknown directive \"@c\".", (1, 28)),
            new ExpectedError("KnownDirectives", "Unknown directive \"@d\".", (1, 53)));
}
