namespace Discogsography.GraphQL.Tests.Validation.Fragments;

public sealed class FragmentNameUniquenessTests
{
    [Theory]
    [InlineData("{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { name }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_TwoWithSameName_ReportsBothNames() =>
        ValidationAssert.Errors(
            "{ dog { ...F } }\nfragment F on Dog { name }\nfragment F on Dog { nickname }",
            new ExpectedError("UniqueFragmentNames", "There can be only one fragment named \"F\".", (2, 10), (3, 10)));
}
