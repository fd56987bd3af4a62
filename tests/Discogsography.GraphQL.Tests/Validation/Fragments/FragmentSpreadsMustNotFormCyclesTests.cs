namespace Discogsography.GraphQL.Tests.Validation.Fragments;

public sealed class FragmentSpreadsMustNotFormCyclesTests
{
    [Theory]
    [InlineData("{ dog { ...A ...B } } fragment A on Dog { ...B } fragment B on Dog { name }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_SpreadsItself_ReportsTheSpread() =>
        ValidationAssert.Errors(
            "{ dog { ...F } } fragment F on Dog { ...F }",
            new ExpectedError("NoFragmentCycles", "Cannot spread fragment \"F\" within itself.", (1, 38)));

    [Fact]
    public void Validate_TwoFragmentCycle_ReportsBothSpreads() =>
        ValidationAssert.Errors(
            "{ dog { ...F } } fragment F on Dog { ...G } fragment G on Dog { ...F }",
            new ExpectedError("NoFragmentCycles", "Cannot spread fragment \"F\" within itself via \"G\".", (1, 38), (1, 65)));

    [Fact]
    public void Validate_LongCycleWithBranch_ReportsEachCycleOnce() =>
        ValidationAssert.Errors(
            "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A ...B }",
            new ExpectedError("NoFragmentCycles", "Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 38), (1, 65), (1, 92)),
            new ExpectedError("NoFragmentCycles", "Cannot spread fragment \"B\" within itself via \"C\".", (1, 65), (1, 97)));

    [Fact]
    public void Validate_CycleThroughNestedSelections_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { ...A } } fragment A on Dog { owner { ...H } } fragment H on Human { pets { ...on Dog { ...A } } }",
            new ExpectedError("NoFragmentCycles", "Cannot spread fragment \"A\" within itself via \"H\".", (1, 46), (1, 96)));
}
