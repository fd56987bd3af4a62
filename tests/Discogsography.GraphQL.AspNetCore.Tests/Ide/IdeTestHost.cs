using Discogsography.GraphQL.AspNetCore.Ide;
using Discogsography.GraphQL.AspNetCore.Tests.Http;
using Discogsography.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Discogsography.GraphQL.AspNetCore.Tests.Ide;

/// <summary>
/// A real Kestrel host on loopback with the GraphQL endpoint at /graphql and the IDE over a temporary folder that
/// stands in for the restored package (or holds nothing, to see the fallback page).
/// </summary>
internal sealed class IdeTestHost : IAsyncDisposable
{
    public const string IndexHtml = "<!doctype html><html><head><script defer src=\"static/js/main.abc123.js\"></script></head><body>IDE</body></html>";
    public const string MainJs = "console.log('ide');";

    private readonly WebApplication _app;
    private readonly string _directory;

    private IdeTestHost(WebApplication app, string directory, Uri baseAddress)
    {
        _app = app;
        _directory = directory;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public static async Task<IdeTestHost> StartAsync(bool withFiles)
    {
        string directory = Path.Combine(Path.GetTempPath(), "discogsography-ide-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        if (withFiles)
        {
            Directory.CreateDirectory(Path.Combine(directory, "static", "js"));
            Directory.CreateDirectory(Path.Combine(directory, "static", "media"));
            await File.WriteAllTextAsync(Path.Combine(directory, "index.html"), IndexHtml);
            await File.WriteAllTextAsync(Path.Combine(directory, "static", "js", "main.abc123.js"), MainJs);
            await File.WriteAllBytesAsync(Path.Combine(directory, "static", "media", "FiraCode.abc123.woff2"), [1, 2, 3]);
            await File.WriteAllTextAsync(Path.Combine(directory, "manifest.webmanifest"), "{}");
        }

        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IRequestExecutor>(new RequestExecutor(GraphQLTestHost.BuildSchema()));
        builder.Services.AddSingleton<GraphQLTestHost.MutationLog>();
        builder.Services.AddGraphQLServer();
        builder.Services.AddGraphQLIde(options => options.FilesDirectory = directory);
        WebApplication app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapGraphQL("/graphql");
        app.MapGraphQLIde("/graphql");
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new IdeTestHost(app, directory, new Uri(address + "/"));
    }

    public Task<HttpResponseMessage> GetHtmlAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
