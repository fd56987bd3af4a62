using System.Text.Json;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Language.Syntax;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.GraphQL.AspNetCore.Sse;

/// <summary>
/// graphql-sse in distinct connections mode: one request (POST body or GET query string), one event stream answering it
/// with an <c>event: next</c> per result (a request error is one <c>next</c> with its errors) and a final
/// <c>event: complete</c>; keep-alive comments while a subscription waits. A client disconnect cancels the operation.
/// </summary>
internal sealed class GraphQLSseHandler : IGraphQLSseHandler
{
    private readonly IRequestExecutor _executor;
    private readonly GraphQLSseOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<GraphQLSseHandler> _logger;

    public GraphQLSseHandler(IRequestExecutor executor, IOptions<GraphQLSseOptions> options, TimeProvider timeProvider, ILogger<GraphQLSseHandler> logger)
    {
        _executor = executor;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpRequest http = context.Request;
        if (!HttpMethods.IsGet(http.Method) && !HttpMethods.IsPost(http.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "GraphQL over SSE accepts GET and POST.").ConfigureAwait(false);
            return;
        }

        (GraphQLRequest? request, string problem) = await SseRequestReader.ReadAsync(http, _options.MaxRequestBytes).ConfigureAwait(false);
        if (request is null)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsGet(http.Method) && _executor is RequestExecutor known
            && known.TryGetOperationType(request, out OperationType operationType) && operationType == OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "Mutations are not allowed over GET.").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        using var events = new SseEventWriter(context.Response.Body);
        using var streaming = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        Task keepAlive = SendKeepAlivesAsync(events, streaming.Token);
        try
        {
            ExecutionResult result = await _executor.ExecuteAsync(request, context.RequestServices, context.User, streaming.Token).ConfigureAwait(false);
            if (result.Stream is null)
            {
                await events.NextAsync(result, streaming.Token).ConfigureAwait(false);
            }
            else
            {
                await foreach (ExecutionResult item in result.Stream.WithCancellation(streaming.Token).ConfigureAwait(false))
                {
                    await events.NextAsync(item, streaming.Token).ConfigureAwait(false);
                }
            }

            await events.CompleteAsync(streaming.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            Log.ClientDisconnected(_logger);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Headers are gone: end the stream so the client sees the failure as a connection closed before completion.
            Log.StreamFailed(_logger, exception);
            context.Abort();
        }
        finally
        {
            await streaming.CancelAsync().ConfigureAwait(false);
            await keepAlive.ConfigureAwait(false);
        }
    }

    private async Task SendKeepAlivesAsync(SseEventWriter events, CancellationToken cancellationToken)
    {
        if (_options.KeepAliveInterval == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.KeepAliveInterval, _timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await events.KeepAliveAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The stream ended or the client left.
        }
    }

    private static async Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WritePropertyName("errors");
        writer.WriteStartArray();
        ExecutionResult.WriteError(writer, new GraphQLError(message));
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
