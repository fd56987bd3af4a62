using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Discogsography.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves Banana Cake Pop from local files: a browser opening the endpoint is sent to <c>{endpoint}/</c> (301), where the
/// page, its assets and a generated <c>bcp-config.json</c> live. Without the files it serves a page saying how to get them.
/// </summary>
internal sealed class GraphQLIdeHandler : IGraphQLIdeHandler
{
    private const string ConfigAsset = "bcp-config.json";

    private const string NotInstalledPage =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>GraphQL IDE not installed</title></head><body>" +
        "<h1>The GraphQL IDE is not installed</h1><p>This server ships Banana Cake Pop from the npm package " +
        "<code>@chillicream/bananacakepop-graphql-ide</code>, restored when the server is built. The build found no " +
        "<code>npm</code>, so the IDE's files are missing.</p><p>To get the IDE: install Node.js and npm, then rebuild the " +
        "server (<code>dotnet build src/Discogsography.Server</code>).</p><p>The GraphQL endpoint itself works: send queries " +
        "with POST (application/json) or GET (?query=...), or fetch the schema with ?sdl.</p></body></html>";

    private readonly GraphQLIdeOptions _options;
    private readonly GraphQLIdeFiles _files;

    public GraphQLIdeHandler(IOptions<GraphQLIdeOptions> options, GraphQLIdeFiles files)
    {
        _options = options.Value;
        _files = files;
    }

    public Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string path = request.Path.Value ?? string.Empty;
        if (!path.EndsWith('/'))
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = request.PathBase + path + "/" + request.QueryString;
            return Task.CompletedTask;
        }

        return ServePageAsync(context);
    }

    /// <summary>Serves <paramref name="asset"/>, a path relative to the IDE's folder (empty for the page).</summary>
    public Task ServeAssetAsync(HttpContext context, string asset)
    {
        if (asset.Length == 0 || asset == "index.html")
        {
            return ServePageAsync(context);
        }

        if (asset == ConfigAsset)
        {
            return ServeConfigAsync(context);
        }

        if (_files.Resolve(asset) is not { } file)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.ContentType = GraphQLIdeFiles.ContentTypeOf(file);
        context.Response.Headers.CacheControl = GraphQLIdeFiles.CacheControlOf(asset);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return context.Response.SendFileAsync(file, context.RequestAborted);
    }

    private Task ServePageAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-cache";
        if (!_files.IsInstalled)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(NotInstalledPage, context.RequestAborted);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.SendFileAsync(_files.IndexPath, context.RequestAborted);
    }

    private Task ServeConfigAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? string.Empty;
        string endpoint = context.Request.PathBase + path[..^ConfigAsset.Length].TrimEnd('/');
        var config = new GraphQLIdeConfig
        {
            Title = _options.Title,
            UseBrowserUrlAsEndpoint = true,
            Endpoint = endpoint,
            SubscriptionProtocol = "graphql-transport-ws",
            DisableTelemetry = true,
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(JsonSerializer.Serialize(config, GraphQLIdeJsonContext.Default.GraphQLIdeConfig), context.RequestAborted);
    }
}
