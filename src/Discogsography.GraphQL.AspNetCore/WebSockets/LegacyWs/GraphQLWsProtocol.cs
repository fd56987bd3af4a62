using Discogsography.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;

/// <summary>
/// The legacy graphql-ws protocol (subscriptions-transport-ws): init, acknowledgement and <c>ka</c> keep-alives, then
/// <c>start</c>/<c>stop</c> by id answered with <c>data</c>, <c>error</c> and <c>complete</c>. Problems are reported as
/// messages; the socket closes on <c>connection_terminate</c>, a refused connection or a missing init.
/// </summary>
internal sealed class GraphQLWsProtocol : IOperationObserver
{
    public const string Name = "graphql-ws";

    private readonly HttpContext _context;
    private readonly WebSocketConnection _connection;
    private readonly IRequestExecutor _executor;
    private readonly GraphQLWebSocketOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ActiveOperations _operations = new();
    private volatile bool _acknowledged;

    public GraphQLWsProtocol(HttpContext context, WebSocketConnection connection, IRequestExecutor executor, GraphQLWebSocketOptions options, TimeProvider timeProvider, ILogger logger)
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
                    await _connection.SendAsync(ErrorMessage.Create(null, "Invalid message received.")).ConfigureAwait(false);
                    continue;
                }

                if (message.Type == ConnectionInitMessage.Type)
                {
                    if (_acknowledged)
                    {
                        await _connection.SendAsync(ErrorMessage.Create(null, "The connection is already initialised.")).ConfigureAwait(false);
                        continue;
                    }

                    if (!await ConnectAsync(message).ConfigureAwait(false))
                    {
                        return;
                    }

                    _acknowledged = true;
                    await _connection.SendAsync(ConnectionAckMessage.Create()).ConfigureAwait(false);
                    await _connection.SendAsync(KeepAliveMessage.Create()).ConfigureAwait(false);
                    keepAlive = SendKeepAlivesAsync(background.Token);
                }
                else if (message.Type == StartMessage.Type)
                {
                    if (!_acknowledged)
                    {
                        await _connection.SendAsync(ErrorMessage.Create(message.Id, "The connection is not initialised.")).ConfigureAwait(false);
                        continue;
                    }

                    if (!StartMessage.TryRead(message, out GraphQLRequest? request, out string problem))
                    {
                        await _connection.SendAsync(ErrorMessage.Create(message.Id, problem)).ConfigureAwait(false);
                        continue;
                    }

                    if (!_operations.TryStart(message.Id!, request, _executor, _context, this, _connection.Closed))
                    {
                        await _connection.SendAsync(ErrorMessage.Create(message.Id, $"An operation with id {message.Id} is already running.")).ConfigureAwait(false);
                    }
                }
                else if (message.Type == StopMessage.Type)
                {
                    if (!string.IsNullOrEmpty(message.Id))
                    {
                        _operations.Stop(message.Id);
                    }
                }
                else if (message.Type == ConnectionTerminateMessage.Type)
                {
                    await CloseAsync(1000, "Normal closure").ConfigureAwait(false);
                    return;
                }
                else
                {
                    await _connection.SendAsync(ErrorMessage.Create(message.Id, $"Unexpected message of type {message.Type} received.")).ConfigureAwait(false);
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
            accepted = false;
        }

        if (!accepted)
        {
            Log.ConnectionRejected(_logger);
            await _connection.SendAsync(ConnectionErrorMessage.Create("The connection was refused.")).ConfigureAwait(false);
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

        if (!_acknowledged)
        {
            await CloseAsync(WebSocketCloseCodes.ConnectionInitTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    private Task SendKeepAlivesAsync(CancellationToken cancellationToken) =>
        _connection.SendPeriodicallyAsync(_options.KeepAliveInterval, _timeProvider, KeepAliveMessage.Create, cancellationToken);

    private ValueTask CloseAsync(int code, string reason)
    {
        Log.SocketClosed(_logger, code, reason);
        return _connection.CloseAsync(code, reason);
    }

    ValueTask IOperationObserver.NextAsync(string id, ExecutionResult result) => _connection.SendAsync(DataMessage.Create(id, result));

    ValueTask IOperationObserver.ErrorAsync(string id, IReadOnlyList<GraphQLError> errors) => _connection.SendAsync(ErrorMessage.Create(id, errors));

    ValueTask IOperationObserver.CompleteAsync(string id) => _connection.SendAsync(CompleteMessage.Create(id));

    ValueTask IOperationObserver.FailAsync(string id, Exception exception)
    {
        Log.OperationFailed(_logger, id, exception);
        return _connection.SendAsync(ErrorMessage.Create(id, "Unexpected Execution Error"));
    }
}
