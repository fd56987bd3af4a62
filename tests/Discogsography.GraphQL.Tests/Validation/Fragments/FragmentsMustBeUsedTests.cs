namespace Discogsography.GraphQL.Tests.Validation.Fragments;

public sealed class FragmentsMustBeUsedTests
{
    [Theory]
    [InlineData("{ dog { ...F } } fragment F on Dog { name ...G } fragment G on Dog { name }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_UnusedFragments_ReportsEach() =>
        ValidationAssert.Errors(
            "query A { dog { ...F } }\nfragment F on Dog { name }\nfragment G on Dog { name }\nfragment H on Dog { ...G }",
            new ExpectedError("NoUnusedFragments", "Fragment \"G\" is never used.", (3, 1)),
            new ExpectedError("NoUnusedFragments", "Fragment \"H\" is never used.", (4, 1)));

    [Fact]
    public void Validate_FragmentsOnlyInCycle_ReportsThem() =>
        ValidationAssert.Errors(
            "fragment A on Dog { ...B } fragment B on Dog { ...A } { dog { name } }",
            new ExpectedError("NoUnusedFragments", "Fragment \"A\" is never used.", (1, 1)),
            new ExpectedError("NoUnusedFragments", "Fragment \"B\" is never used.", (1, 28)));
}
