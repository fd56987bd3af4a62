using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class IncludeConditionsTests
{
    private static IReadOnlyList<DirectiveNode> Directives(string directives) =>
        ((FieldNode)((OperationDefinitionNode)Parser.Parse($"{{ a {directives} }}").Definitions[0]).SelectionSet.Selections[0]).Directives;

    [Theory]
    [InlineData("", true)]
    [InlineData("@skip(if: true)", false)]
    [InlineData("@skip(if: false)", true)]
    [InlineData("@include(if: false)", false)]
    [InlineData("@include(if: true) @skip(if: false)", true)]
    [InlineData("@include(if: true) @skip(if: true)", false)]
    [InlineData("@skip(if: $yes)", false)]
    [InlineData("@include(if: $no)", false)]
    [InlineData("@include(if: $yes) @other", true)]
    public void ShouldInclude_LiteralsAndVariables(string directives, bool expected)
    {
        var variables = new Dictionary<string, object?> { ["yes"] = true, ["no"] = false };

        Assert.Equal(expected, IncludeConditions.ShouldInclude(Directives(directives), variables));
    }

    [Fact]
    public void FindConditionVariables_DistinctInDocumentOrder_KeyDistinguishesValues()
    {
        DocumentNode document = Parser.Parse("query Q($a: Boolean!, $b: Boolean!, $c: Int) { x @skip(if: $b) ...F @include(if: $a) y(n: $c) } fragment F on Q { z @skip(if: $b) }");

        string[] names = IncludeConditions.FindConditionVariables(document);

        Assert.Equal(["b", "a"], names);
        Assert.NotEqual(
            IncludeConditions.Key(names, new Dictionary<string, object?> { ["a"] = true, ["b"] = false }),
            IncludeConditions.Key(names, new Dictionary<string, object?> { ["a"] = false, ["b"] = true }));
        Assert.Equal(0, IncludeConditions.Key(names, new Dictionary<string, object?>()));
    }
}
