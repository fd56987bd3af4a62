using Discogsography.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Discogsography.GraphQL.AspNetCore.WebSockets.TransportWs;

/// <summary>
/// The graphql-transport-ws protocol (the graphql-ws library's): init within a timeout, one acknowledgement, then any
/// number of operations by id, ping/pong both ways, and the protocol's close codes for every violation.
/// </summary>
internal sealed class GraphQLTransportWsProtocol : IOperationObserver
{
    public const string Name = "graphql-transport-ws";

    private readonly HttpContext _context;
    private readonly WebSocketConnection _connection;
    private readonly IRequestExecutor _executor;
    private readonly GraphQLWebSocketOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ActiveOperations _operations = new();
    private int _initReceived;
    private volatile bool _acknowledged;

    public GraphQLTransportWsProtocol(HttpContext context, WebSocketConnection connection, IRequestExecutor executor, GraphQLWebSocketOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _context = context;
        _connection = connection;
        _executor = executor;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Runs the receive loop until the client or the server closes the socket.</summary>
    public async Task RunAsync()
    {
        using var background = CancellationTokenSource.CreateLinkedTokenSource(_connection.Closed, _context.RequestAborted);
        Task initTimeout = CloseUnlessInitialisedAsync(background.Token);
        Task keepAlive = Task.CompletedTask;
        try
        {
            while (true)
            {
                (ReceiveStatus status, ReadOnlyMemory<byte> text) = await _connection.ReceiveAsync().ConfigureAwait(false);
                if (status == ReceiveStatus.Closed)
                {
                    return;
                }

                if (status == ReceiveStatus.TooBig)
                {
                    await CloseAsync(1009, "Message too big").ConfigureAwait(false);
                    return;
                }

                if (status != ReceiveStatus.Text || !ProtocolMessage.TryParse(text, out ProtocolMessage message))
                {
                    await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                    return;
                }

                if (message.Type == ConnectionInitMessage.Type)
                {
                    if (Interlocked.Exchange(ref _initReceived, 1) == 1)
                    {
                        await CloseAsync(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
                        return;
                    }

                    if (!await ConnectAsync(message).ConfigureAwait(false))
                    {
                        return;
                    }

                    _acknowledged = true;
                    await _connection.SendAsync(ConnectionAckMessage.Create()).ConfigureAwait(false);
                    keepAlive = SendKeepAlivesAsync(background.Token);
                }
                else if (message.Type == PingMessage.Type)
                {
                    await _connection.SendAsync(PongMessage.Create(message.Payload)).ConfigureAwait(false);
                }
                else if (message.Type == PongMessage.Type)
                {
                    // An answer to a keep-alive, or unsolicited: nothing to do.
                }
                else if (message.Type == SubscribeMessage.Type)
                {
                    if (!_acknowledged)
                    {
                        await CloseAsync(WebSocketCloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
                        return;
                    }

                    if (!SubscribeMessage.TryRead(message, out string? id, out GraphQLRequest? request))
                    {
                        await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                        return;
                    }

                    if (!_operations.TryStart(id, request, _executor, _context, this, _connection.Closed))
                    {
                        await CloseAsync(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
                        return;
                    }
                }
                else if (message.Type == CompleteMessage.Type)
                {
                    if (string.IsNullOrEmpty(message.Id))
                    {
                        await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                        return;
                    }

                    _operations.Stop(message.Id);
                }
                else
                {
                    await CloseAsync(WebSocketCloseCodes.BadRequest, $"Unexpected message of type {message.Type} received").ConfigureAwait(false);
                    return;
                }
            }
        }
        finally
        {
            await background.CancelAsync().ConfigureAwait(false);
            await _operations.StopAllAsync().ConfigureAwait(false);
            await Task.WhenAll(initTimeout, keepAlive).ConfigureAwait(false);
            _operations.Dispose();
        }
    }

    private async Task<bool> ConnectAsync(ProtocolMessage init)
    {
        if (_options.OnConnect is null)
        {
            return true;
        }

        bool accepted;
        try
        {
            accepted = await _options.OnConnect(_context, init.Payload).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Log.ConnectHookFailed(_logger, exception);
            await CloseAsync(WebSocketCloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
            return false;
        }

        if (!accepted)
        {
            Log.ConnectionRejected(_logger);
            await CloseAsync(WebSocketCloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
        }

        return accepted;
    }

    private async Task CloseUnlessInitialisedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(WebSocketCloseCodes.ConnectionInitTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    private Task SendKeepAlivesAsync(CancellationToken cancellationToken) =>
        _connection.SendPeriodicallyAsync(_options.KeepAliveInterval, _timeProvider, PingMessage.Create, cancellationToken);

    private ValueTask CloseAsync(int code, string reason)
    {
        Log.SocketClosed(_logger, code, reason);
        return _connection.CloseAsync(code, reason);
    }

    ValueTask IOperationObserver.NextAsync(string id, ExecutionResult result) => _connection.SendAsync(NextMessage.Create(id, result));

    ValueTask IOperationObserver.ErrorAsync(string id, IReadOnlyList<GraphQLError> errors) => _connection.SendAsync(ErrorMessage.Create(id, errors));

    ValueTask IOperationObserver.CompleteAsync(string id) => _connection.SendAsync(CompleteMessage.Create(id));

    ValueTask IOperationObserver.FailAsync(string id, Exception exception)
    {
        Log.OperationFailed(_logger, id, exception);
        return CloseAsync(WebSocketCloseCodes.InternalServerError, "Internal server error");
    }
}
