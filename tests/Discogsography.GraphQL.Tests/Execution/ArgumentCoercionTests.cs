using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class ArgumentCoercionTests
{
    private const string Sdl = """
        enum Color { RED GREEN }
        input Filter { color: Color = RED, tags: [String!], limit: Int! }
        input Ref @oneOf { id: ID, name: String }
        type Query { echo(list: [Int], nested: [[Int]], filter: Filter, ref: Ref, color: Color, n: Int = 5, need: Int!): String }
        """;

    private static readonly ExecutableSchema _schema = ExecutionTestHost.Bind(Sdl, b => b.AddResolver("Query", "echo", ExecutionTestHost.EchoArguments));

    [Theory]
    [InlineData("need: 1, list: 3", """{"list":[3],"n":5,"need":1}""")]
    [InlineData("need: 1, nested: 3", """{"nested":[[3]],"n":5,"need":1}""")]
    [InlineData("need: 1, nested: [1, [2]]", """{"nested":[[1],[2]],"n":5,"need":1}""")]
    [InlineData("need: 1, filter: {limit: 2, tags: \"a\"}", """{"filter":{"color":"RED","tags":["a"],"limit":2},"n":5,"need":1}""")]
    [InlineData("need: 1, ref: {name: \"x\"}", """{"ref":{"name":"x"},"n":5,"need":1}""")]
    [InlineData("need: 1, color: GREEN, n: null", """{"color":"GREEN","n":null,"need":1}""")]
    public async Task Literal_CoercedOnceAtPlanning(string arguments, string expected)
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, $"{{ echo({arguments}) }}");

        Assert.Empty(result.Errors);
        Assert.Equal(expected, ((ResultMap)result.Data!)["echo"]);
    }

    [Fact]
    public async Task VariableInsideLiteral_CoercedPerRequest()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, "query Q($l: Int!) { echo(need: 1, filter: {limit: $l}) }", """{"l": 4}""");

        Assert.Equal("""{"filter":{"color":"RED","limit":4},"n":5,"need":1}""", ((ResultMap)result.Data!)["echo"]);
    }

    [Theory]
    [InlineData("query Q($c: Color) { echo(need: 1, filter: {color: $c, limit: 2}) }", """{"filter":{"color":"RED","limit":2},"n":5,"need":1}""")]
    [InlineData("query Q($c: Color, $n: Int) { echo(need: 1, filter: {color: $c, limit: 2}, list: [$n, 2]) }", """{"list":[null,2],"filter":{"color":"RED","limit":2},"n":5,"need":1}""")]
    [InlineData("query Q($n: Int) { echo(need: 1, list: [1, $n], nested: [[$n], [2]]) }", """{"list":[1,null],"nested":[[null],[2]],"n":5,"need":1}""")]
    public async Task VariableNotProvidedInsideLiteral_CountsAsAbsent(string query, string expected)
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, query, "{}");

        Assert.Empty(result.Errors);
        Assert.Equal(expected, ((ResultMap)result.Data!)["echo"]);
    }

    [Fact]
    public async Task VariableNotProvidedForRequiredInputField_FieldError()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(
            _schema,
            "query Q($l: Int) { echo(need: 1, filter: {limit: $l}) }",
            "{}",
            options: new Discogsography.GraphQL.Execution.RequestExecutorOptions { Validate = Discogsography.GraphQL.Execution.ExecutionValidation.None });

        Assert.True(result.HasData);
        Assert.Equal(
            "Argument \"filter\" has invalid value {limit: $l}. Field \"Filter.limit\" of required type \"Int!\" was not provided.",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task MissingRequiredArgumentWithoutValidation_FieldError()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(
            _schema,
            "{ echo }",
            options: new Discogsography.GraphQL.Execution.RequestExecutorOptions { Validate = Discogsography.GraphQL.Execution.ExecutionValidation.None });

        Assert.True(result.HasData);
        Assert.Equal("Argument \"need\" of required type \"Int!\" was not provided.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task ArgumentValue_ConvertsToRequestedType()
    {
        object? seen = null;
        ExecutableSchema schema = ExecutionTestHost.Bind("type Query { f(n: Int, c: Color): String } enum Color { DARK_RED }", b => b.AddResolver("Query", "f", context =>
        {
            seen = (context.ArgumentValue<long>("n"), context.ArgumentValue<ConsoleColor>("c"), context.HasArgument("n"), context.ArgumentValue<string>("missing"));
            return new ValueTask<object?>("ok");
        }));

        await ExecutionTestHost.ExecuteAsync(schema, "{ f(n: 3, c: DARK_RED) }");

        Assert.Equal((3L, ConsoleColor.DarkRed, true, (string?)null), seen);
    }
}
