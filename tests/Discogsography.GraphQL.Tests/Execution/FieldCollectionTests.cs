using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class FieldCollectionTests
{
    private static readonly ExecutableSchema _schema = ExecutionTestHost.Bind(
        "type Query { a: Int b: Int c: Int thing: Thing } interface Thing { id: Int } type One implements Thing { id: Int one: Int } type Two implements Thing { id: Int two: Int }",
        root: new Dictionary<string, object?>
        {
            ["a"] = 1,
            ["b"] = 2,
            ["c"] = 3,
            ["thing"] = new Dictionary<string, object?> { ["__typename"] = "Two", ["id"] = 9, ["two"] = 22 },
        });

    [Theory]
    [InlineData("{ c a b }", """{"data":{"c":3,"a":1,"b":2}}""")]
    [InlineData("{ b ... on Query { a b } c }", """{"data":{"b":2,"a":1,"c":3}}""")]
    [InlineData("{ ...F a } fragment F on Query { c }", """{"data":{"c":3,"a":1}}""")]
    [InlineData("{ ...F ...F } fragment F on Query { a }", """{"data":{"a":1}}""")]
    [InlineData("{ x: a y: a x: a }", """{"data":{"x":1,"y":1}}""")]
    [InlineData("{ a @skip(if: true) b @include(if: false) c @skip(if: false) @include(if: true) }", """{"data":{"c":3}}""")]
    [InlineData("{ a @skip(if: true) a }", """{"data":{"a":1}}""")]
    [InlineData("{ ... @skip(if: true) { a } ...F @include(if: false) b } fragment F on Query { c }", """{"data":{"b":2}}""")]
    [InlineData("{ thing { id ... on One { one } ... on Two { two } ...T } } fragment T on Thing { __typename }", """{"data":{"thing":{"id":9,"two":22,"__typename":"Two"}}}""")]
    public async Task Collect_SelectionOrderFragmentsAndDirectives(string query, string expected)
    {
        Assert.Equal(expected, await ExecutionTestHost.JsonAsync(_schema, query));
    }

    [Theory]
    [InlineData("""{"s": true}""", """{"data":{"b":2}}""")]
    [InlineData("""{"s": false}""", """{"data":{"a":1,"b":2}}""")]
    public async Task Collect_ConditionVariables_EachValueGetsItsOwnPlan(string variables, string expected)
    {
        var executor = new Discogsography.GraphQL.Execution.RequestExecutor(_schema);
        const string Query = "query Q($s: Boolean!) { a @skip(if: $s) b }";
        await executor.ExecuteAsync(ExecutionTestHost.Request(Query, """{"s": true}"""), ExecutionTestHost.EmptyServices.Instance, null, default);

        ExecutionResult result = await executor.ExecuteAsync(ExecutionTestHost.Request(Query, variables), ExecutionTestHost.EmptyServices.Instance, null, default);

        Assert.Equal(expected, result.ToJson());
    }
}
