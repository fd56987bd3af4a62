using Discogsography.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.GraphQL.AspNetCore;

/// <summary>
/// The one GraphQL endpoint: dispatches a request to the WebSocket handler, the SSE handler, the printed schema
/// (<c>GET ?sdl</c>), the IDE (a browser's GET without a query) or GraphQL over HTTP.
/// </summary>
internal sealed class GraphQLEndpoint
{
    private readonly GraphQLServerOptions _options;
    private readonly GraphQLHttpHandler _http;
    private readonly SchemaDocument _schema;

    public GraphQLEndpoint(GraphQLServerOptions options, GraphQLHttpHandler http, SchemaDocument schema)
    {
        _options = options;
        _http = http;
        _schema = schema;
    }

    public Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (context.WebSockets.IsWebSocketRequest)
        {
            return context.RequestServices.GetService<IGraphQLWebSocketHandler>() is { } webSockets
                ? webSockets.HandleAsync(context)
                : WriteTextAsync(context, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8", "This GraphQL endpoint does not serve WebSocket requests.");
        }

        ResponseMediaType mediaType = AcceptNegotiation.Choose(request.Headers.Accept);
        if (mediaType == ResponseMediaType.EventStream)
        {
            if (context.RequestServices.GetService<IGraphQLSseHandler>() is { } sse)
            {
                return sse.HandleAsync(context);
            }

            mediaType = AcceptNegotiation.Choose(request.Headers.Accept, eventStream: false);
        }

        if (HttpMethods.IsGet(request.Method) && _options.EnableSchemaRequests && request.Query.ContainsKey("sdl"))
        {
            return _schema.Print(context) is { } sdl
                ? WriteTextAsync(context, StatusCodes.Status200OK, "text/plain; charset=utf-8", sdl)
                : WriteTextAsync(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "No schema is available to print.");
        }

        if (HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && AcceptNegotiation.AcceptsHtml(request.Headers.Accept))
        {
            return context.RequestServices.GetService<IGraphQLIdeHandler>() is { } ide
                ? ide.HandleAsync(context)
                : WriteTextAsync(context, StatusCodes.Status404NotFound, "text/html; charset=utf-8", IdeNotInstalledPage);
        }

        return _http.HandleAsync(context, mediaType);
    }

    private const string IdeNotInstalledPage =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>GraphQL</title></head><body>" +
        "<h1>GraphQL endpoint</h1><p>The GraphQL IDE is not installed on this server. Send GraphQL requests with POST " +
        "(application/json) or GET (?query=...), or fetch the schema with ?sdl.</p></body></html>";

    private static Task WriteTextAsync(HttpContext context, int statusCode, string contentType, string text)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
