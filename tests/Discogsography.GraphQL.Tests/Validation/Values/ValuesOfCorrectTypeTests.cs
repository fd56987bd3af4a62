namespace Discogsography.GraphQL.Tests.Validation.Values;

public sealed class ValuesOfCorrectTypeTests
{
    [Theory]
    [InlineData("{ complicatedArgs { intArgField(intArg: 1) floatArgField(floatArg: 1) idArgField(idArg: 1) stringListArgField(stringListArg: \"one\") enumArgField(enumArg: BROWN) } }")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: {dogName: \"Rex\"}) } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_StringForInt_ReportsCoercionMessage() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { intArgField(intArg: \"3\") } }",
            new ExpectedError("ValuesOfCorrectType", "Int cannot represent non-integer value: \"3\"", (1, 41)));

    [Fact]
    public void Validate_IntOutOfRange_ReportsIt() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { intArgField(intArg: 2147483648) } }",
            new ExpectedError("ValuesOfCorrectType", "Int cannot represent non 32-bit signed integer value: 2147483648", (1, 41)));

    [Fact]
    public void Validate_FloatForInt_ReportsIt() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { intArgField(intArg: 1.5) } }",
            new ExpectedError("ValuesOfCorrectType", "Int cannot represent non-integer value: 1.5", (1, 41)));

    [Fact]
    public void Validate_NullForNonNull_ReportsIt() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }",
            new ExpectedError("ValuesOfCorrectType", "Expected value of type \"Int!\", found null.", (1, 55)));

    [Fact]
    public void Validate_UnknownEnumValue_ReportsItWithSuggestion() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { enumArgField(enumArg: brown) } }",
            new ExpectedError("ValuesOfCorrectType", "Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (1, 43)));

    [Fact]
    public void Validate_StringForEnum_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { doesKnowCommand(dogCommand: \"SIT\") } }",
            new ExpectedError("ValuesOfCorrectType", "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (1, 37)));

    [Fact]
    public void Validate_ListForScalar_ReportsTheWholeList() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { intArgField(intArg: [1, \"x\"]) } }",
            new ExpectedError("ValuesOfCorrectType", "Int cannot represent non-integer value: [1, \"x\"]", (1, 41)));

    [Fact]
    public void Validate_ScalarForInputObject_ReportsIt() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { complexArgField(complexArg: 1) } }",
            new ExpectedError("ValuesOfCorrectType", "Expected value of type \"ComplexInput\", found 1.", (1, 49)));

    [Fact]
    public void Validate_BadItemInList_ReportsTheItem() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { stringListArgField(stringListArg: [\"a\", 1]) } }",
            new ExpectedError("ValuesOfCorrectType", "String cannot represent a non string value: 1", (1, 61)));

    [Fact]
    public void Validate_OneOfWithTwoFields_ReportsExactlyOneKey() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { oneOfArgField(oneOfArg: {dogName: \"a\", catName: \"b\"}) } }",
            new ExpectedError("ValuesOfCorrectType", "OneOf Input Object \"PetRef\" must specify exactly one key.", (1, 45)));

    [Fact]
    public void Validate_OneOfWithNull_ReportsNonNull() =>
        ValidationAssert.Errors(
            "{ complicatedArgs { oneOfArgField(oneOfArg: {dogName: null}) } }",
            new ExpectedError("ValuesOfCorrectType", "Field \"PetRef.dogName\" must be non-null.", (1, 45)));

    [Fact]
    public void Validate_OneOfEmpty_ReportsExactlyOneKey() =>
        ValidationAssert.Errors(
            "{ petByRef(ref: {}) { name } }",
            new ExpectedError("ValuesOfCorrectType", "OneOf Input Object \"PetRef\" must specify exactly one key.", (1, 17)));
}
