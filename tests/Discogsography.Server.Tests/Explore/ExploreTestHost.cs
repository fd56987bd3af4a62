using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Validation;
using Discogsography.Server.Api;
using Discogsography.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Server.Tests.Explore;

/// <summary>The served schema bound to the server's resolvers over an <see cref="InMemoryCatalog"/>, executed in-process.</summary>
internal sealed class ExploreTestHost : IDisposable
{
    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ServiceProvider _services;
    private readonly RequestExecutor _executor;

    public ExploreTestHost(InMemoryCatalog catalog)
    {
        Catalog = catalog;
        var services = new ServiceCollection();
        services.AddDiscogsographySchema();
        services.AddSingleton<IEntityReader>(catalog);
        services.AddSingleton<IExploreReader>(catalog);
        services.AddSingleton<ISearchReader>(catalog);
        services.AddSingleton<IPathFinder>(catalog);
        services.AddSingleton<IGraphOverviewReader>(catalog);
        _services = services.BuildServiceProvider();
        // No cost limit: these tests are about answers and batching; the served limits are tested with the server.
        _executor = new RequestExecutor(
            ServerGraphQL.Bind(_services.GetRequiredService<GraphQL.Types.Schema>(), new EveryTypeIsAService()),
            new RequestExecutorOptions { Validate = ExecutionValidation.With(new ValidationOptions { Limits = new OperationLimits { MaxCost = null } }) });
    }

    public InMemoryCatalog Catalog { get; }

    public async Task<ExecutionResult> RunAsync(string query)
    {
        using var scope = _services.CreateScope();
        return await _executor.ExecuteAsync(new GraphQLRequest { Query = query }, scope.ServiceProvider, null, CancellationToken.None);
    }

    /// <summary>Runs <paramref name="query"/>, asserts it had no errors and returns its data.</summary>
    public async Task<JsonObject> DataAsync(string query)
    {
        ExecutionResult result = await RunAsync(query);
        Assert.True(result.Errors.Count == 0, result.ToJson());
        return JsonNode.Parse(result.ToJson())!["data"]!.AsObject();
    }

    /// <summary>Runs <paramref name="query"/> and returns the <c>extensions.code</c> of its single error.</summary>
    public async Task<string?> ErrorCodeAsync(string query)
    {
        ExecutionResult result = await RunAsync(query);
        return Assert.Single(result.Errors).Code;
    }

    /// <summary>The node as JSON text without escaping HTML-sensitive characters, as the server writes it.</summary>
    public static string Json(JsonNode node) => node.ToJsonString(RelaxedJson);

    public void Dispose() => _services.Dispose();

    /// <summary>The dump fields' services are absent here and never executed; the binder may take them as services.</summary>
    private sealed class EveryTypeIsAService : IServiceProviderIsService
    {
        public bool IsService(Type serviceType) => true;
    }
}
