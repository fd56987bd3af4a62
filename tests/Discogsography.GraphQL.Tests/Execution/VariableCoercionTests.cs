using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class VariableCoercionTests
{
    private const string Sdl = """
        scalar Long
        scalar DateTime
        enum Color { RED GREEN }
        input Filter { color: Color = RED, tags: [String!], limit: Int!, nested: Nested }
        input Nested { depth: Int = 3, name: String }
        input Ref @oneOf { id: ID, name: String }
        type Query {
          echo(s: String, i: Int, f: Float, b: Boolean, id: ID, color: Color, list: [Int], strict: [Int!], filter: Filter, ref: Ref, big: Long, at: DateTime): String
          withDefault(d: Int = 7): String
        }
        """;

    private static readonly ExecutableSchema _schema = ExecutionTestHost.Bind(Sdl, b => b.AddResolver("Query", "echo", ExecutionTestHost.EchoArguments).AddResolver("Query", "withDefault", ExecutionTestHost.EchoArguments));

    private static async Task<ExecutionResult> Echo(string declarations, string arguments, string? variables, string field = "echo") =>
        await ExecutionTestHost.ExecuteAsync(_schema, $"query Q({declarations}) {{ result: {field}({arguments}) }}", variables);

    private static async Task<string> EchoData(string declarations, string arguments, string? variables, string field = "echo")
    {
        ExecutionResult result = await Echo(declarations, arguments, variables, field);
        Assert.Empty(result.Errors);
        return (string)((ResultMap)result.Data!)["result"]!;
    }

    [Fact]
    public async Task Coerce_SingleValueForList_BecomesOneItemList()
    {
        Assert.Equal("""{"list":[5]}""", await EchoData("$l: [Int]", "list: $l", """{"l": 5}"""));
    }

    [Fact]
    public async Task Coerce_ListWithNullItem_KeepsNull()
    {
        Assert.Equal("""{"list":[1,null]}""", await EchoData("$l: [Int]", "list: $l", """{"l": [1, null]}"""));
    }

    [Fact]
    public async Task Coerce_NullItemInNonNullList_RequestError()
    {
        ExecutionResult result = await Echo("$l: [Int!]!", "strict: $l", """{"l": [1, null]}""");

        Assert.True(result.IsRequestError);
        Assert.Contains("$l", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coerce_InputObject_FillsDefaultsInDefinitionOrder()
    {
        string json = await EchoData("$f: Filter", "filter: $f", """{"f": {"nested": {"name": "n"}, "limit": 2, "tags": "x"}}""");

        Assert.Equal("""{"filter":{"color":"RED","tags":["x"],"limit":2,"nested":{"depth":3,"name":"n"}}}""", json);
    }

    [Fact]
    public async Task Coerce_InputObjectMissingRequiredField_RequestError()
    {
        ExecutionResult result = await Echo("$f: Filter", "filter: $f", """{"f": {"color": "GREEN"}}""");

        Assert.True(result.IsRequestError);
        Assert.Contains("limit", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coerce_InputObjectUnknownField_RequestError()
    {
        ExecutionResult result = await Echo("$f: Filter", "filter: $f", """{"f": {"limit": 1, "size": 2}}""");

        Assert.True(result.IsRequestError);
        Assert.Contains("\"size\"", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coerce_ExplicitNullInputField_KeptAsNullNotDefault()
    {
        Assert.Equal("""{"filter":{"color":null,"limit":1}}""", await EchoData("$f: Filter", "filter: $f", """{"f": {"limit": 1, "color": null}}"""));
    }

    [Theory]
    [InlineData("""{"r": {"id": "1"}}""", true)]
    [InlineData("""{"r": {"id": "1", "name": "x"}}""", false)]
    [InlineData("""{"r": {"id": null}}""", false)]
    [InlineData("""{"r": {}}""", false)]
    public async Task Coerce_OneOf_ExactlyOneNonNullField(string variables, bool valid)
    {
        ExecutionResult result = await Echo("$r: Ref", "ref: $r", variables);

        Assert.Equal(valid, !result.IsRequestError);
    }

    [Fact]
    public async Task Coerce_EnumByName_AcceptsKnownRejectsUnknown()
    {
        Assert.Equal("""{"color":"GREEN"}""", await EchoData("$c: Color", "color: $c", """{"c": "GREEN"}"""));
        Assert.True((await Echo("$c: Color", "color: $c", """{"c": "BLUE"}""")).IsRequestError);
        Assert.True((await Echo("$c: Color", "color: $c", """{"c": 1}""")).IsRequestError);
    }

    [Fact]
    public async Task Coerce_RequiredVariableMissing_RequestErrorWithLocation()
    {
        ExecutionResult result = await Echo("$s: String!", "s: $s", null);

        GraphQLError error = Assert.Single(result.Errors);
        Assert.False(result.HasData);
        Assert.Equal("Variable \"$s\" of required type \"String!\" was not provided.", error.Message);
        Assert.Equal(new ErrorLocation(1, 9), Assert.Single(error.Locations));
    }

    [Fact]
    public async Task Coerce_RequiredVariableNull_RequestError()
    {
        ExecutionResult result = await Echo("$s: String!", "s: $s", """{"s": null}""");

        Assert.Equal("Variable \"$s\" of non-null type \"String!\" must not be null.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Coerce_MissingVersusNull_MissingOmittedNullKept()
    {
        Assert.Equal("{}", await EchoData("$s: String", "s: $s", null));
        Assert.Equal("""{"s":null}""", await EchoData("$s: String", "s: $s", """{"s": null}"""));
    }

    [Fact]
    public async Task Coerce_VariableDefault_UsedWhenMissingNotWhenNull()
    {
        Assert.Equal("""{"i":4}""", await EchoData("$i: Int = 4", "i: $i", null));
        Assert.Equal("""{"i":null}""", await EchoData("$i: Int = 4", "i: $i", """{"i": null}"""));
    }

    [Fact]
    public async Task Coerce_MissingVariableForArgumentWithDefault_ArgumentDefaultApplies()
    {
        Assert.Equal("""{"d":7}""", await EchoData("$d: Int", "d: $d", null, "withDefault"));
    }

    [Theory]
    [InlineData("$i: Int", "i: $i", """{"i": 1.5}""")]
    [InlineData("$i: Int", "i: $i", """{"i": 2147483648}""")]
    [InlineData("$i: Int", "i: $i", """{"i": "1"}""")]
    [InlineData("$b: Boolean", "b: $b", """{"b": "true"}""")]
    [InlineData("$f: Float", "f: $f", """{"f": "1.5"}""")]
    [InlineData("$s: String", "s: $s", """{"s": 1}""")]
    [InlineData("$id: ID", "id: $id", """{"id": 1.5}""")]
    [InlineData("$at: DateTime", "at: $at", """{"at": "yesterday"}""")]
    public async Task Coerce_ScalarOfWrongKind_RequestError(string declarations, string arguments, string variables)
    {
        ExecutionResult result = await Echo(declarations, arguments, variables);

        Assert.True(result.IsRequestError);
        Assert.Equal(ExecutionErrorCodes.InvalidVariable, result.Errors[0].Code);
    }

    [Fact]
    public async Task Coerce_ScalarsOfRightKind_CoercedToRuntimeValues()
    {
        string json = await EchoData(
            "$i: Int, $f: Float, $id: ID, $big: Long, $at: DateTime",
            "i: $i, f: $f, id: $id, big: $big, at: $at",
            """{"i": 3, "f": 2, "id": 12, "big": 9007199254740993, "at": "2020-08-06T10:00:00Z"}""");

        Assert.Equal("""{"i":3,"f":2,"id":"12","big":9007199254740993,"at":"2020-08-06T10:00:00+00:00"}""", json);
    }

    [Fact]
    public async Task Coerce_SeveralBadVariables_ReportsEach()
    {
        ExecutionResult result = await Echo("$i: Int, $b: Boolean, $s: String!", "i: $i, b: $b, s: $s", """{"i": "x", "b": 1}""");

        Assert.Equal(3, result.Errors.Count);
    }
}
