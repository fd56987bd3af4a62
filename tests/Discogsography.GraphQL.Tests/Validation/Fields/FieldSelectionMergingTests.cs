namespace Discogsography.GraphQL.Tests.Validation.Fields;

public sealed class FieldSelectionMergingTests
{
    [Theory]
    [InlineData("{ dog { name name } }")]
    [InlineData("{ dog { name: nickname name: nickname } }")]
    [InlineData("{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }")]
    [InlineData("{ catOrDog { ... on Dog { x: name } ... on Cat { x: nickname } } }")]
    [InlineData("{ dog { isAtLocation(x: 0, y: 0) isAtLocation(y: 0, x: 0) } }")]
    [InlineData("{ complicatedArgs { a: complexArgField(complexArg: {requiredField: true, intField: 1}) a: complexArgField(complexArg: {intField: 1, requiredField: true}) } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_DifferentFieldsSameAlias_ReportsBoth() =>
        ValidationAssert.Errors(
            "{ dog {\n  x: name\n  x: nickname\n} }",
            new ExpectedError("OverlappingFieldsCanBeMerged", "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_DifferentArguments_ReportsBoth() =>
        ValidationAssert.Errors(
            "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            new ExpectedError("OverlappingFieldsCanBeMerged", "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 42)));

    [Fact]
    public void Validate_ArgumentOnlyOnOne_ReportsBoth() =>
        ValidationAssert.Errors(
            "{ dog { name name(surname: true) } }",
            new ExpectedError("OverlappingFieldsCanBeMerged", "Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 14)));

    [Fact]
    public void Validate_ConflictThroughFragments_ReportsFieldsOfBoth() =>
        ValidationAssert.Errors(
            "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barkVolume }",
            new ExpectedError("OverlappingFieldsCanBeMerged", "Fields \"x\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 43), (1, 73)));

    [Fact]
    public void Validate_ExclusiveParentsDifferentShapes_ReportsConflictingTypes() =>
        ValidationAssert.Errors(
            "{ catOrDog { ... on Dog { x: barkVolume } ... on Cat { x: nickname } } }",
            new ExpectedError("OverlappingFieldsCanBeMerged", "Fields \"x\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 27), (1, 56)));

    [Fact]
    public void Validate_NullabilityDiffers_ReportsConflictingTypes() =>
        ValidationAssert.Errors(
            "{ scalars { a: nonNullInt a: int } }",
            new ExpectedError("OverlappingFieldsCanBeMerged", "Fields \"a\" conflict because \"nonNullInt\" and \"int\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 13), (1, 27)));

    [Fact]
    public void Validate_ListDepthDiffers_ReportsConflictingTypes() =>
        ValidationAssert.Errors(
            "{ scalars { a: intList a: nestedList } }",
            new ExpectedError("OverlappingFieldsCanBeMerged", "Fields \"a\" conflict because \"intList\" and \"nestedList\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 13), (1, 24)));

    [Fact]
    public void Validate_DeepConflict_ReportsSubfieldPath() =>
        ValidationAssert.Errors(
            "{ dog { mother { mother { x: name } } mother { mother { x: barkVolume } } } }",
            new ExpectedError("OverlappingFieldsCanBeMerged", "Fields \"mother\" conflict because subfields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 18), (1, 27), (1, 39), (1, 48), (1, 57)));

    [Fact]
    public void Validate_ConflictInSubselectionsFromFragment_ReportsAll() =>
        ValidationAssert.Errors(
            "{ dog { owner { a: name } } dog { ...F } } fragment F on Dog { owner { a: iq } }",
            new ExpectedError("OverlappingFieldsCanBeMerged", "Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"a\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 9), (1, 17), (1, 29), (1, 64), (1, 72)));

    [Fact]
    public void Validate_ExclusiveObjectsNestedDifferentFields_ReportsOnlyShape() =>
        ValidationAssert.Errors(
            "{ humanOrAlien { ... on Human { relatives { x: name } } ... on Alien { relatives: homePlanet } } }",
            new ExpectedError("OverlappingFieldsCanBeMerged", "Fields \"relatives\" conflict because they return conflicting types \"[Human]\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 33), (1, 72)));

    [Fact]
    public void Validate_ThousandsOfIdenticalFields_ReportsNothing() =>
        ValidationAssert.Valid("{ dog { " + string.Join(' ', Enumerable.Repeat("name(surname: true)", 2000)) + " } }");

    [Fact]
    public void Validate_MoreConflictsThanTheErrorCap_StopsAtTheCap()
    {
        IReadOnlyList<GraphQLError> errors = ValidationAssert.Validate("{ dog { " + string.Join(' ', Enumerable.Repeat("x: name x: nickname", 300)) + " } }");

        Assert.Equal(101, errors.Count);
        Assert.All(errors.Take(100), e => Assert.Equal("OverlappingFieldsCanBeMerged", e.Extensions?["rule"]));
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }
}
