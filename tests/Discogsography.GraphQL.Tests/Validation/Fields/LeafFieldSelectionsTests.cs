namespace Discogsography.GraphQL.Tests.Validation.Fields;

public sealed class LeafFieldSelectionsTests
{
    [Theory]
    [InlineData("{ dog { name furColor owner { name } } }")]
    [InlineData("{ scalars { intList } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_SelectionOnScalar_ReportsTheSelectionSet() =>
        ValidationAssert.Errors(
            "{ dog { barkVolume { sinceWhen } } }",
            new ExpectedError("ScalarLeafs", "Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (1, 20)));

    [Fact]
    public void Validate_SelectionOnEnum_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { furColor { name } } }",
            new ExpectedError("ScalarLeafs", "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (1, 18)));

    [Fact]
    public void Validate_ObjectWithoutSelection_ReportsTheField() =>
        ValidationAssert.Errors(
            "{ dog { owner } }",
            new ExpectedError("ScalarLeafs", "Field \"owner\" of type \"Human\" must have a selection of subfields. Did you mean \"owner { ... }\"?", (1, 9)));

    [Fact]
    public void Validate_RootObjectWithoutSelection_ReportsIt() =>
        ValidationAssert.Errors(
            "{ human }",
            new ExpectedError("ScalarLeafs", "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 3)));

    [Fact]
    public void Validate_ListOfInterfacesWithoutSelection_ReportsTheWrappedType() =>
        ValidationAssert.Errors(
            "{ pets }",
            new ExpectedError("ScalarLeafs", "Field \"pets\" of type \"[Pet!]!\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 3)));
}
