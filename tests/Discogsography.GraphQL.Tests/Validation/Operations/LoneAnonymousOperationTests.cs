namespace Discogsography.GraphQL.Tests.Validation.Operations;

public sealed class LoneAnonymousOperationTests
{
    [Theory]
    [InlineData("{ dog { name } }")]
    [InlineData("query A { dog { name } } query B { dog { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_TwoAnonymous_ReportsEach() =>
        ValidationAssert.Errors(
            "{ dog { name } }\n{ cat { name } }",
            new ExpectedError("LoneAnonymousOperation", "This anonymous operation must be the only defined operation.", (1, 1)),
            new ExpectedError("LoneAnonymousOperation", "This anonymous operation must be the only defined operation.", (2, 1)));

    [Fact]
    public void Validate_AnonymousWithNamed_ReportsTheAnonymous() =>
        ValidationAssert.Errors(
            "{ dog { name } }\nquery Q { cat { name } }",
            new ExpectedError("LoneAnonymousOperation", "This anonymous operation must be the only defined operation.", (1, 1)));
}
