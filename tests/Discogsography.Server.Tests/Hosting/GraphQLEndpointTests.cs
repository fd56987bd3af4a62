using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Discogsography.Server.Tests.Hosting;

/// <summary>The served schema over the real HTTP pipeline of the host.</summary>
public sealed class GraphQLEndpointTests : IClassFixture<ServerFactory>
{
    private readonly ServerFactory _factory;

    public GraphQLEndpointTests(ServerFactory factory) => _factory = factory;

    [Fact]
    public async Task Post_DumpsQuery_AnswersWithData()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ dumps { yearMonth status } __typename }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(json["errors"]);
        Assert.Equal("Query", (string?)json["data"]!["__typename"]);
        Assert.NotNull(json["data"]!["dumps"]!.AsArray());
    }

    [Fact]
    public async Task Get_Sdl_IsTheContract()
    {
        using var client = _factory.CreateClient();

        var sdl = await client.GetStringAsync("/graphql?sdl");

        Assert.Contains("dumpStatusChanged: DumpProcessing!", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Mutation_IsRefusedWithAllowPost()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { checkForNewDump { outcome } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }
}
