using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    private const string Sdl = "type Query { items: [Item] } union Item = Artist | Label type Artist { name: String } type Label { title: String }";

    private sealed record Artist(string Name);

    private sealed record LabelRecord(string Title);

    private static async Task<string> Items(object?[] items, Action<ExecutableSchemaBuilder>? bind = null) =>
        await ExecutionTestHost.JsonAsync(
            ExecutionTestHost.Bind(Sdl, bind, new Dictionary<string, object?> { ["items"] = items.ToList() }),
            "{ items { __typename ... on Artist { name } ... on Label { title } } }");

    [Fact]
    public async Task Resolve_ByTypenameEntryOrClrTypeName()
    {
        string json = await Items([new Dictionary<string, object?> { ["__typename"] = "Label", ["title"] = "Warp" }, new Artist("Björk")]);

        Assert.Equal("""{"data":{"items":[{"__typename":"Label","title":"Warp"},{"__typename":"Artist","name":"Björk"}]}}""", json);
    }

    [Fact]
    public async Task Resolve_ByRegisteredClrTypeMapping()
    {
        string json = await Items([new LabelRecord("Warp")], b => b.MapClrType(typeof(LabelRecord), "Label"));

        Assert.Equal("""{"data":{"items":[{"__typename":"Label","title":"Warp"}]}}""", json);
    }

    [Fact]
    public async Task Resolve_ByCustomTypeResolver()
    {
        string json = await Items(["x"], b => b.AddTypeResolver("Item", static (_, _, schema) => (ObjectType)schema.GetType("Artist")!));

        Assert.Equal("""{"data":{"items":[{"__typename":"Artist","name":null}]}}""", json);
    }

    [Fact]
    public async Task Resolve_UnknownOrImpossibleType_FieldErrorAndNull()
    {
        ExecutionResult result = await ExecutionTestHost.ExecuteAsync(
            ExecutionTestHost.Bind("type Query { items: [Item] } union Item = Artist type Artist { name: String } type Label { title: String }", root: new Dictionary<string, object?>
            {
                ["items"] = new List<object?> { new LabelRecord("x"), new Dictionary<string, object?> { ["__typename"] = "Label" } },
            }),
            "{ items { __typename } }");

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("\"items\":[null,null]", result.ToJson(), StringComparison.Ordinal);
    }
}
