using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Validation;

namespace Discogsography.GraphQL.Tests.Validation.Operations;

public sealed class OperationTypeExistenceTests
{
    private static readonly Schema _queryOnly = SchemaBuilder.FromSdl("type Query { a: Int }").Build();

    [Theory]
    [InlineData("query Q { dog { name } }")]
    [InlineData("mutation M { renameDog(name: \"a\", newName: \"b\") { name } }")]
    [InlineData("subscription S { newMessage { body } }")]
    public void Validate_RootTypeExists_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_MutationWithoutMutationType_ReportsTheOperation()
    {
        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(_queryOnly, Parser.Parse("{ a }\nmutation M { a }"), ValidationOptions.SpecRulesOnly);

        GraphQLError error = Assert.Single(errors, e => Equals(e.Extensions?["rule"], "KnownOperationTypes"));
        Assert.Equal("The mutation operation is not supported by the schema.", error.Message);
        Assert.Equal([new ErrorLocation(2, 1)], error.Locations);
    }

    [Fact]
    public void Validate_SubscriptionWithoutSubscriptionType_ReportsTheOperation()
    {
        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(_queryOnly, Parser.Parse("subscription { a }"), ValidationOptions.SpecRulesOnly);

        GraphQLError error = Assert.Single(errors);
        Assert.Equal("The subscription operation is not supported by the schema.", error.Message);
        Assert.Equal("KnownOperationTypes", error.Extensions?["rule"]);
    }
}
