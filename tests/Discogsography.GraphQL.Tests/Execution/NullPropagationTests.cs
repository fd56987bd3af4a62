using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query { item: Item, strictItem: Item!, items: [Item], strictItems: [Item!], veryStrict: [Item!]!, value: Int! }
        type Item { name: String!, nick: String, child: Item }
        """;

    private static Dictionary<string, object?> Item(string? name, object? child = null) =>
        new() { ["name"] = name, ["nick"] = "n", ["child"] = child };

    private static readonly ExecutableSchema _schema = ExecutionTestHost.Bind(Sdl, root: new Dictionary<string, object?>
    {
        ["item"] = Item("a", Item(null)),
        ["strictItem"] = Item(null),
        ["items"] = new List<object?> { Item("a"), Item(null), null },
        ["strictItems"] = new List<object?> { Item("a"), Item(null) },
        ["veryStrict"] = new List<object?> { Item(null) },
        ["value"] = null,
    });

    [Fact]
    public async Task NonNullFieldNull_NearestNullableParentBecomesNull()
    {
        string json = await ExecutionTestHost.JsonAsync(_schema, "{ item { name child { nick name } } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.name.","locations":[{"line":1,"column":28}],"path":["item","child","name"],"extensions":{"code":"INVALID_RESULT"}}],"data":{"item":{"name":"a","child":null}}}""",
            json);
    }

    [Fact]
    public async Task NullableListItem_ItemBecomesNull()
    {
        string json = await ExecutionTestHost.JsonAsync(_schema, "{ items { name } }");

        Assert.EndsWith("\"data\":{\"items\":[{\"name\":\"a\"},null,null]}}", json, StringComparison.Ordinal);
        Assert.Contains("\"path\":[\"items\",1,\"name\"]", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonNullListItem_WholeListBecomesNull()
    {
        string json = await ExecutionTestHost.JsonAsync(_schema, "{ strictItems { name } }");

        Assert.EndsWith("""
            "data":{"strictItems":null}}
            """, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonNullAllTheWayUp_DataBecomesNull()
    {
        string json = await ExecutionTestHost.JsonAsync(_schema, "{ item { nick } veryStrict { name } }");

        Assert.EndsWith("\"data\":null}", json, StringComparison.Ordinal);
        Assert.Contains("\"path\":[\"veryStrict\",0,\"name\"]", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonNullRootScalarNull_DataNullWithOneError()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, "{ value }");

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal(["value"], Assert.Single(result.Errors).Path!);
    }

    [Fact]
    public async Task NonNullObjectWithFailingChild_PropagatesToRoot()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(_schema, "{ strictItem { name } }");

        Assert.Null(result.Data);
        Assert.Single(result.Errors);
    }

    [Fact]
    public async Task ResolverThrowsOnNonNullField_OneErrorAndParentNull()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind(
            "type Query { item: Item } type Item { name: String! }",
            b => b.AddResolver("Item", "name", static _ => throw new InvalidOperationException("boom")),
            new Dictionary<string, object?> { ["item"] = new Dictionary<string, object?>() });

        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(schema, "{ item { name } }");

        Assert.Equal("""{"item":null}""", result.ToJson()[(result.ToJson().IndexOf("\"data\":", StringComparison.Ordinal) + 7)..^1]);
        Assert.Equal(["item", "name"], Assert.Single(result.Errors).Path!);
    }
}
