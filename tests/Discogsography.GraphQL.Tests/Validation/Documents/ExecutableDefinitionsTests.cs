namespace Discogsography.GraphQL.Tests.Validation.Documents;

public sealed class ExecutableDefinitionsTests
{
    [Theory]
    [InlineData("query Q { dog { name } }")]
    [InlineData("{ dog { ...F } } fragment F on Dog { name }")]
    public void Validate_ValidDocument_ReportsNothing(string document) => ValidationAssert.Valid(document);

    [Fact]
    public void Validate_TypeDefinition_ReportsIt() =>
        ValidationAssert.Errors(
            "query Q { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            new ExpectedError("ExecutableDefinitions", "The \"Cow\" definition is not executable.", (2, 1)),
            new ExpectedError("ExecutableDefinitions", "The \"Dog\" definition is not executable.", (3, 1)));

    [Fact]
    public void Validate_SchemaDefinition_ReportsSchema() =>
        ValidationAssert.Errors(
            "schema { query: Query }\nquery Q { dog { name } }",
            new ExpectedError("ExecutableDefinitions", "The schema definition is not executable.", (1, 1)));

    [Fact]
    public void Validate_DirectiveDefinition_ReportsIt() =>
        ValidationAssert.Errors(
            "{ dog { name } }\ndirective @x on FIELD",
            new ExpectedError("ExecutableDefinitions", "The \"x\" definition is not executable.", (2, 1)));
}
