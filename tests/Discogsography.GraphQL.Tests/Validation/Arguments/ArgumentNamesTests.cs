namespace Discogsography.GraphQL.Tests.Validation.Arguments;

public sealed class ArgumentNamesTests
{
    [Theory]
    [InlineData("{ dog { doesKnowCommand(dogCommand: SIT) } }")]
    [InlineData("{ dog @include(if: true) { name } }")]
    [InlineData("{ __type(name: \"Dog\") { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_UnknownFieldArgument_ReportsItWithSuggestion() =>
        ValidationAssert.Errors(
            "{ dog { doesKnowCommand(dogcommand: SIT) } }",
            new ExpectedError("KnownArgumentNames", "Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 25)));

    [Fact]
    public void Validate_UnknownFieldArgumentWithoutSuggestion_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { name(unknown: 1) } }",
            new ExpectedError("KnownArgumentNames", "Unknown argument \"unknown\" on field \"Dog.name\".", (1, 14)));

    [Fact]
    public void Validate_UnknownDirectiveArgument_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog @skip(iff: true) { name } }",
            new ExpectedError("KnownArgumentNames", "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)));
}
