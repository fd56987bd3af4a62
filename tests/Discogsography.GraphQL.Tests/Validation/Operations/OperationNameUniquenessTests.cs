namespace Discogsography.GraphQL.Tests.Validation.Operations;

public sealed class OperationNameUniquenessTests
{
    [Theory]
    [InlineData("query A { dog { name } } query B { dog { name } }")]
    [InlineData("query A { dog { ...A } } fragment A on Dog { name }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_TwoQueriesSameName_ReportsBothNames() =>
        ValidationAssert.Errors(
            "query A { dog { name } }\nquery A { cat { name } }",
            new ExpectedError("UniqueOperationNames", "There can be only one operation named \"A\".", (1, 7), (2, 7)));

    [Fact]
    public void Validate_QueryAndMutationSameName_ReportsBothNames() =>
        ValidationAssert.Errors(
            "query A { dog { name } }\nmutation A { renameDog(name: \"a\", newName: \"b\") { name } }",
            new ExpectedError("UniqueOperationNames", "There can be only one operation named \"A\".", (1, 7), (2, 10)));
}
