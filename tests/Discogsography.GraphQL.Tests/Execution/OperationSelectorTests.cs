using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class OperationSelectorTests
{
    [Theory]
    [InlineData("{ a }", null, null)]
    [InlineData("query A { a } fragment F on Q { a }", null, "A")]
    [InlineData("query A { a } query B { a }", "B", "B")]
    [InlineData("query A { a } query A { b }", "A", "A")]
    public void Select_FindsOperation(string document, string? operationName, string? expectedName)
    {
        OperationDefinitionNode? operation = OperationSelector.Select(Parser.Parse(document), operationName, out GraphQLError? error);

        Assert.Null(error);
        Assert.NotNull(operation);
        Assert.Equal(expectedName, operation.Name?.Value);
    }

    [Theory]
    [InlineData("fragment F on Q { a }", null, "Must provide an operation.")]
    [InlineData("query A { a } query B { a }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("{ a }", "A", "Unknown operation named \"A\".")]
    public void Select_CannotChoose_Error(string document, string? operationName, string message)
    {
        OperationDefinitionNode? operation = OperationSelector.Select(Parser.Parse(document), operationName, out GraphQLError? error);

        Assert.Null(operation);
        Assert.Equal(message, error!.Message);
    }
}
