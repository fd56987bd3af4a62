using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Language.Syntax;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP (GraphQL-over-HTTP draft): read GET or POST parameters, resolve persisted queries, refuse a mutation
/// over GET and a subscription over plain HTTP, execute as <c>HttpContext.User</c> until <c>RequestAborted</c>, and write
/// the result with the status code the negotiated media type calls for.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private readonly GraphQLServerOptions _options;
    private readonly PersistedQueries _persistedQueries;
    private readonly ILogger<GraphQLHttpHandler> _logger;

    public GraphQLHttpHandler(GraphQLServerOptions options, PersistedQueries persistedQueries, ILogger<GraphQLHttpHandler> logger)
    {
        _options = options;
        _persistedQueries = persistedQueries;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context, ResponseMediaType mediaType)
    {
        HttpRequest http = context.Request;
        bool isGet = HttpMethods.IsGet(http.Method);
        if (mediaType == ResponseMediaType.None)
        {
            await RefuseAsync(context, new HttpRequestError(StatusCodes.Status406NotAcceptable,
                $"The Accept header allows no response type this endpoint writes; accept {AcceptNegotiation.GraphQLResponseJson} or {AcceptNegotiation.Json}.",
                HttpErrorCodes.NotAcceptable), mediaType).ConfigureAwait(false);
            return;
        }

        if (!(isGet && _options.EnableGetRequests) && !HttpMethods.IsPost(http.Method))
        {
            context.Response.Headers.Allow = _options.EnableGetRequests ? "GET, POST" : "POST";
            await RefuseAsync(context, new HttpRequestError(StatusCodes.Status405MethodNotAllowed,
                $"The method {http.Method} is not allowed; send GraphQL requests with {context.Response.Headers.Allow}.", HttpErrorCodes.MethodNotAllowed), mediaType).ConfigureAwait(false);
            return;
        }

        using var request = new HttpGraphQLRequest();
        HttpRequestError? error = isGet
            ? HttpRequestReader.ReadQueryString(http.Query, request)
            : HttpRequestReader.CheckContentType(http.ContentType)
                ?? await HttpRequestReader.ReadBodyAsync(http, _options.MaxRequestBytes, request, context.RequestAborted).ConfigureAwait(false);
        if (error is null && request.Query is null && request.PersistedQuery is null)
        {
            error = HttpRequestError.BadRequest("The request has no 'query' parameter: send the GraphQL document as a string.", HttpErrorCodes.MissingQuery);
        }

        if (error is not null)
        {
            await RefuseAsync(context, error, mediaType).ConfigureAwait(false);
            return;
        }

        if (await _persistedQueries.ResolveAsync(request, context.RequestAborted).ConfigureAwait(false) is { } persistedError)
        {
            ExecutionResult refused = ExecutionResult.FromError(persistedError);
            await GraphQLResponseWriter.WriteAsync(context, HttpStatusSelection.For(refused, mediaType, _options.UseDraft2026StatusCodes), mediaType, refused)
                .ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(context, request, isGet, mediaType).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(HttpContext context, HttpGraphQLRequest parameters, bool isGet, ResponseMediaType mediaType)
    {
        var request = new GraphQLRequest
        {
            Query = parameters.Query!,
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            Extensions = parameters.Extensions,
        };
        IRequestExecutor executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        OperationType? kind = OperationKinds.Find(executor, request);
        if (isGet && kind == OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            await RefuseAsync(context, new HttpRequestError(StatusCodes.Status405MethodNotAllowed,
                "Mutations cannot be sent with GET; send them with POST.", HttpErrorCodes.MethodNotAllowed), mediaType).ConfigureAwait(false);
            return;
        }

        if (kind == OperationType.Subscription)
        {
            await RefuseSubscriptionAsync(context, mediaType).ConfigureAwait(false);
            return;
        }

        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(request, context.RequestServices, context.User, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            Log.RequestAborted(_logger);
            return;
        }

        if (result.Stream is not null)
        {
            await RefuseSubscriptionAsync(context, mediaType).ConfigureAwait(false);
            return;
        }

        await GraphQLResponseWriter.WriteAsync(context, HttpStatusSelection.For(result, mediaType, _options.UseDraft2026StatusCodes), mediaType, result)
            .ConfigureAwait(false);
    }

    private Task RefuseSubscriptionAsync(HttpContext context, ResponseMediaType mediaType) => RefuseAsync(context, HttpRequestError.BadRequest(
        "Subscriptions are served over a WebSocket or with Accept: text/event-stream, not as a single HTTP response.",
        HttpErrorCodes.SubscriptionNotSupported), mediaType);

    private Task RefuseAsync(HttpContext context, HttpRequestError error, ResponseMediaType mediaType)
    {
        Log.RequestRefused(_logger, error.StatusCode, error.Code, error.Message);
        return GraphQLResponseWriter.WriteErrorAsync(context, error, mediaType);
    }
}
