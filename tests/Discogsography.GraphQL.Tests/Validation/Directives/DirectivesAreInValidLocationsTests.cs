namespace Discogsography.GraphQL.Tests.Validation.Directives;

public sealed class DirectivesAreInValidLocationsTests
{
    [Theory]
    [InlineData("query Q @onQuery { dog @onField { ...F @onFragmentSpread ... @onInlineFragment { name } } } fragment F on Dog @onFragmentDefinition { name }")]
    [InlineData("query Q($v: Int @onVariableDefinition) { complicatedArgs { intArgField(intArg: $v) } }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_FieldDirectiveOnQuery_ReportsIt() =>
        ValidationAssert.Errors(
            "query Q @onField { dog { name } }",
            new ExpectedError("KnownDirectives", "Directive \"@onField\" may not be used on QUERY.", (1, 9)));

    [Fact]
    public void Validate_QueryDirectiveOnField_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog @onQuery { name } }",
            new ExpectedError("KnownDirectives", "Directive \"@onQuery\" may not be used on FIELD.", (1, 7)));

    [Fact]
    public void Validate_SchemaDirectivesInExecutableDocument_ReportsThem() =>
        ValidationAssert.Errors(
            "query Q($v: Int @deprecated) { dog @oneOf { ... @specifiedBy(url: \"x\") { name } } complicatedArgs { intArgField(intArg: $v) } }",
            new ExpectedError("KnownDirectives", "Directive \"@deprecated\" may not be used on VARIABLE_DEFINITION.", (1, 17)),
            new ExpectedError("KnownDirectives", "Directive \"@oneOf\" may not be used on FIELD.", (1, 36)),
            new ExpectedError("KnownDirectives", "Directive \"@specifiedBy\" may not be used on INLINE_FRAGMENT.", (1, 49)));
}
