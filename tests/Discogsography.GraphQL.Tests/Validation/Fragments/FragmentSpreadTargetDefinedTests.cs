namespace Discogsography.GraphQL.Tests.Validation.Fragments;

public sealed class FragmentSpreadTargetDefinedTests
{
    [Theory]
    [InlineData("{ dog { ...F } } fragment F on Dog { name }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_UnknownFragment_ReportsTheName() =>
        ValidationAssert.Errors(
            "{ dog { ...Unknown } }",
            new ExpectedError("KnownFragmentNames", "Unknown fragment \"Unknown\".", (1, 12)));

    [Fact]
    public void Validate_UnknownInsideFragment_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { ...F } } fragment F on Dog { name ...G } fragment G on Dog { ...Missing }",
            new ExpectedError("KnownFragmentNames", "Unknown fragment \"Missing\".", (1, 73)));
}
