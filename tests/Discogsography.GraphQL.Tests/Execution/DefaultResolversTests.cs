using System.Text.Json;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class DefaultResolversTests
{
    private sealed class Artist
    {
        public string Name { get; } = "Miles";

        public int CountReleases() => 3;
    }

    [Fact]
    public void Read_ClrPropertyOrMethod_IgnoringCase()
    {
        Assert.Equal("Miles", DefaultResolvers.Read(new Artist(), "name"));
        Assert.Equal(3, DefaultResolvers.Read(new Artist(), "countReleases"));
        Assert.Null(DefaultResolvers.Read(new Artist(), "missing"));
    }

    [Fact]
    public void Read_MapsAndJson()
    {
        Assert.Equal(1, DefaultResolvers.Read(new Dictionary<string, object?> { ["a"] = 1 }, "a"));
        Assert.Null(DefaultResolvers.Read(new Dictionary<string, object?>(), "a"));
        Assert.Equal(2, ((JsonElement)DefaultResolvers.Read(JsonDocument.Parse("""{"b":2}""").RootElement, "b")!).GetInt32());
        Assert.Null(DefaultResolvers.Read(null, "a"));
    }

    [Fact]
    public async Task Execute_OverJsonElements()
    {
        ExecutableSchema schema = ExecutionTestHost.Bind(
            "type Query { items: [Item] } type Item { n: Int s: String }",
            root: JsonDocument.Parse("""{"items":[{"n":1,"s":"a"},null,{"n":2}]}""").RootElement);

        Assert.Equal("""{"data":{"items":[{"n":1,"s":"a"},null,{"n":2,"s":null}]}}""", await ExecutionTestHost.JsonAsync(schema, "{ items { n s } }"));
    }
}
