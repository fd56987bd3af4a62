namespace Discogsography.GraphQL.Tests.Validation.Arguments;

public sealed class RequiredArgumentsTests
{
    [Theory]
    [InlineData("{ dog { isHouseTrained } }")]
    [InlineData("{ arguments { optionalNonNullBooleanArgField } }")]
    [InlineData("{ complicatedArgs { nonNullFieldWithDefault } }")]
    [InlineData("{ arguments { multipleRequirements(y: 1, x: 2) } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_MissingOneOfTwo_ReportsTheField() =>
        ValidationAssert.Errors(
            "{ arguments { multipleRequirements(x: 1) } }",
            new ExpectedError("ProvidedRequiredArguments", "Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided.", (1, 15)));

    [Fact]
    public void Validate_MissingBoth_ReportsEach() =>
        ValidationAssert.Errors(
            "{ complicatedArgs {\n  multipleReqs\n} }",
            new ExpectedError("ProvidedRequiredArguments", "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (2, 3)),
            new ExpectedError("ProvidedRequiredArguments", "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (2, 3)));

    [Fact]
    public void Validate_MissingDirectiveArgument_ReportsTheDirective() =>
        ValidationAssert.Errors(
            "{ dog @include { name } }",
            new ExpectedError("ProvidedRequiredArguments", "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)));

    [Fact]
    public void Validate_MissingCustomDirectiveArgument_ReportsIt() =>
        ValidationAssert.Errors(
            "query Q @withArgs { dog { name } }",
            new ExpectedError("ProvidedRequiredArguments", "Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided.", (1, 9)));
}
