using Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;
using Discogsography.GraphQL.AspNetCore.WebSockets.TransportWs;
using Discogsography.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts a GraphQL WebSocket with the subprotocol the client offered (graphql-transport-ws preferred over the legacy
/// graphql-ws, the name echoed exactly) and runs that protocol; a socket offering neither is closed with 4406.
/// </summary>
internal sealed class GraphQLWebSocketHandler : IGraphQLWebSocketHandler
{
    private readonly IRequestExecutor _executor;
    private readonly GraphQLWebSocketOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<GraphQLWebSocketHandler> _logger;

    public GraphQLWebSocketHandler(IRequestExecutor executor, IOptions<GraphQLWebSocketOptions> options, TimeProvider timeProvider, ILogger<GraphQLWebSocketHandler> logger)
    {
        _executor = executor;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        IList<string> offered = context.WebSockets.WebSocketRequestedProtocols;
        string? subprotocol = offered.Contains(GraphQLTransportWsProtocol.Name) ? GraphQLTransportWsProtocol.Name
            : offered.Contains(GraphQLWsProtocol.Name) ? GraphQLWsProtocol.Name
            : null;
        using System.Net.WebSockets.WebSocket socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol).ConfigureAwait(false);
        using var connection = new WebSocketConnection(socket, _options.MaxMessageBytes);
        if (subprotocol is null)
        {
            Log.SubprotocolRefused(_logger, string.Join(", ", offered));
            await connection.CloseAsync(WebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable").ConfigureAwait(false);
            await connection.CompleteCloseHandshakeAsync().ConfigureAwait(false);
            return;
        }

        Log.SocketOpened(_logger, subprotocol);
        if (subprotocol == GraphQLTransportWsProtocol.Name)
        {
            await new GraphQLTransportWsProtocol(context, connection, _executor, _options, _timeProvider, _logger).RunAsync().ConfigureAwait(false);
        }
        else
        {
            await new GraphQLWsProtocol(context, connection, _executor, _options, _timeProvider, _logger).RunAsync().ConfigureAwait(false);
        }

        await connection.CompleteCloseHandshakeAsync().ConfigureAwait(false);
    }
}
