using System.Net;
using Discogsography.GraphQL.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Discogsography.GraphQL.AspNetCore.Tests.Http;

public sealed class GraphQLServerOptionsTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public void Validate_Defaults_HasNoProblems()
    {
        var options = new GraphQLServerOptions();

        Assert.Empty(options.Validate());
        Assert.Equal(1024 * 1024, options.MaxRequestBytes);
        Assert.False(options.UseDraft2026StatusCodes);
    }

    [Fact]
    public void Validate_OutOfRangeValues_NamesEachProblem()
    {
        var options = new GraphQLServerOptions { MaxRequestBytes = 0, PersistedOperationCapacity = -1, TrustedDocumentsDirectory = "/no/such/folder" };

        IReadOnlyList<string> problems = options.Validate();

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("MaxRequestBytes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("PersistedOperationCapacity", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("/no/such/folder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddGraphQLServer_InvalidOptions_FailStart()
    {
        OptionsValidationException exception = await Assert.ThrowsAsync<OptionsValidationException>(
            () => GraphQLTestHost.StartAsync(o => o.MaxRequestBytes = -5));

        Assert.Contains("MaxRequestBytes", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaxRequestBytes_LargerBody_Answers413()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(o => o.MaxRequestBytes = 64);
        string padding = new(' ', 100);

        using HttpResponseMessage tooLarge = await host.PostAsync($$"""{"query":"{ hello }{{padding}}"}""");
        using HttpResponseMessage small = await host.PostAsync("""{"query":"{ hello }"}""");

        Assert.Equal("REQUEST_TOO_LARGE", await HttpAssert.ErrorCodeAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge));
        await HttpAssert.GraphQLAsync(small, HttpStatusCode.OK);
    }

    [Fact]
    public async Task MaxRequestBytes_ChunkedBodyWithoutLength_Answers413()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(o => o.MaxRequestBytes = 64);
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{"query":"{ hello }{{new string(' ', 5000)}}"}""")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using HttpResponseMessage response = await host.Client.SendAsync(request);

        Assert.Equal("REQUEST_TOO_LARGE", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.RequestEntityTooLarge));
    }

    [Theory]
    [InlineData("""{"query":"{ notAField }"}""", GraphQLResponse, 422, GraphQLResponse)]
    [InlineData("""{"query":"{ notAField }"}""", "application/json", 422, "application/json")]
    [InlineData("""{"query":"query ($id: ID!) { echo(id: $id) }"}""", GraphQLResponse, 422, GraphQLResponse)]
    [InlineData("""{"query":"{"}""", GraphQLResponse, 400, GraphQLResponse)]
    [InlineData("""{"query":"{ hello fail }"}""", GraphQLResponse, 294, GraphQLResponse)]
    [InlineData("""{"query":"{ hello fail }"}""", "application/json", 200, "application/json")]
    [InlineData("""{"query":"{ hello }"}""", GraphQLResponse, 200, GraphQLResponse)]
    public async Task UseDraft2026StatusCodes_AnswersDraftStatus(string body, string accept, int status, string mediaType)
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(o => o.UseDraft2026StatusCodes = true);

        using HttpResponseMessage response = await host.PostAsync(body, accept);

        await HttpAssert.GraphQLAsync(response, (HttpStatusCode)status, mediaType);
    }

    [Theory]
    [InlineData("application/json", 200)]
    [InlineData(GraphQLResponse, 504)]
    public async Task ExecutionTimeout_AnswersTimeoutErrorWithStatusByMediaType(string accept, int status)
    {
        var executor = new RequestExecutor(GraphQLTestHost.BuildSchema(slowHello: true), new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(services: s => s.AddSingleton<IRequestExecutor>(executor));

        using HttpResponseMessage response = await host.PostAsync("""{"query":"{ hello }"}""", accept);

        Assert.Equal("REQUEST_TIMEOUT", await HttpAssert.ErrorCodeAsync(response, (HttpStatusCode)status, accept));
    }

    [Fact]
    public async Task EnableGetRequests_Off_RefusesGetWith405()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(o => o.EnableGetRequests = false);

        using HttpResponseMessage response = await host.GetAsync($"?query={Uri.EscapeDataString("{ hello }")}");

        Assert.Equal("METHOD_NOT_ALLOWED", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.MethodNotAllowed));
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task AddGraphQLServer_BindsTheGraphQLSection()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = "2048", ["GraphQL:UseDraft2026StatusCodes"] = "true" })
            .Build());
        services.AddGraphQLServer();
        await using ServiceProvider provider = services.BuildServiceProvider();

        GraphQLServerOptions options = provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;

        Assert.Equal(2048, options.MaxRequestBytes);
        Assert.True(options.UseDraft2026StatusCodes);
    }
}
