using System.Text;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Validate_InvalidDocument_ErrorsCarryCodeAndRule()
    {
        IReadOnlyList<GraphQLError> errors = ValidationAssert.Validate("{ dog { unknown } }");

        GraphQLError error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("FieldsOnCorrectType", error.Extensions?["rule"]);
        Assert.Equal([new ErrorLocation(1, 9)], error.Locations);
    }

    [Fact]
    public void Validate_ManyErrors_ReportsThemInDocumentOrder()
    {
        IReadOnlyList<GraphQLError> errors = ValidationAssert.Validate("{ dog { a } cat { b } }\nquery Q($v: Int) { pet { c } }");

        Assert.Equal(
            ["LoneAnonymousOperation@1:1", "FieldsOnCorrectType@1:9", "FieldsOnCorrectType@1:19", "FieldsOnCorrectType@2:26", "NoUnusedVariables@2:9"],
            errors.Select(e => $"{e.Extensions?["rule"]}@{e.Locations[0].Line}:{e.Locations[0].Column}"));
    }

    [Fact]
    public void Validate_MoreErrorsThanTheCap_StopsWithATooManyErrorsError()
    {
        var document = new StringBuilder("{ dog {");
        for (int i = 0; i < 150; i++)
        {
            document.Append(" unknown").Append(i);
        }

        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(
            ValidationAssert.SpecSchema, Parser.Parse(document.Append(" } }").ToString()), new ValidationOptions { MaxErrors = 100, Limits = null });

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.All(errors.Take(100), e => Assert.Equal("FieldsOnCorrectType", e.Extensions?["rule"]));
    }

    [Fact]
    public void Validate_SmallerCap_StopsEarlier()
    {
        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(
            ValidationAssert.SpecSchema, Parser.Parse("{ dog { a b c d } }"), new ValidationOptions { MaxErrors = 2, Limits = null });

        Assert.Equal(3, errors.Count);
        Assert.Equal("Cannot query field \"b\" on type \"Dog\".", errors[1].Message);
    }

    [Fact]
    public void Validate_DefaultOptions_AppliesOperationLimits()
    {
        string deep = "{ dog " + string.Concat(Enumerable.Repeat("{ mother ", 20)) + "{ name }" + new string('}', 20) + " }";

        IReadOnlyList<GraphQLError> withLimits = DocumentValidator.Validate(ValidationAssert.SpecSchema, Parser.Parse(deep));
        IReadOnlyList<GraphQLError> specOnly = DocumentValidator.Validate(ValidationAssert.SpecSchema, Parser.Parse(deep), ValidationOptions.SpecRulesOnly);

        Assert.Contains(withLimits, e => e.Code == LimitErrorCodes.MaxDepthExceeded);
        Assert.Empty(specOnly);
    }

    [Fact]
    public void Validate_NegativeErrorCap_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DocumentValidator.Validate(ValidationAssert.SpecSchema, Parser.Parse("{ dog { name } }"), new ValidationOptions { MaxErrors = 0 }));

    [Fact]
    public void Validate_SameDocumentTwice_GivesTheSameErrors()
    {
        var document = Parser.Parse("query Q($a: Int) { dog { ...F } } fragment F on Dog { name: nickname name }");

        var first = DocumentValidator.Validate(ValidationAssert.SpecSchema, document).Select(e => e.Message).ToList();
        var second = DocumentValidator.Validate(ValidationAssert.SpecSchema, document).Select(e => e.Message).ToList();

        Assert.Equal(2, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Validate_DescriptionsOnOperationAndVariables_AreNotCheckedAsValues() =>
        ValidationAssert.Valid("\"Finds a dog.\"\nquery Q(\"How many.\" $n: Int) { complicatedArgs { intArgField(intArg: $n) } }");
}
