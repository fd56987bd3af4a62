using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Decides whether a socket may go on after <c>connection_init</c>: it sees the init payload (an object, or
/// <see cref="JsonValueKind.Undefined"/> when absent) and may set <see cref="HttpContext.User"/>, which every operation
/// on the socket then runs as. Returning false closes the socket with 4403 (graphql-transport-ws) or answers
/// <c>connection_error</c> (graphql-ws).
/// </summary>
public delegate ValueTask<bool> GraphQLWebSocketConnectHandler(HttpContext context, JsonElement payload);

/// <summary>Settings of the GraphQL WebSocket transports (graphql-transport-ws and the legacy graphql-ws).</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a client has to send <c>connection_init</c> before the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The interval of server keep-alives after the acknowledgement (<c>ping</c> in graphql-transport-ws, <c>ka</c> in
    /// graphql-ws); <see cref="Timeout.InfiniteTimeSpan"/> sends none.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The largest message a client may send, in bytes; a larger one closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>Runs on <c>connection_init</c>: authenticates the socket from the init payload, or rejects it.</summary>
    public GraphQLWebSocketConnectHandler? OnConnect { get; set; }

    /// <summary>
    /// The bearer token of an init payload: its <c>Authorization</c> (or <c>authorization</c>) string, without a leading
    /// <c>Bearer </c>; null when absent. For <see cref="OnConnect"/> hooks that authenticate like the HTTP endpoint.
    /// </summary>
    public static string? ReadBearerToken(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if ((!payload.TryGetProperty("Authorization", out JsonElement value) && !payload.TryGetProperty("authorization", out value))
            || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string token = value.GetString()!.Trim();
        return token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? token["Bearer ".Length..].Trim() : token;
    }

    /// <summary>Throws when a setting is out of range.</summary>
    public void EnsureValid()
    {
        if (ConnectionInitTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"GraphQL WebSocket {nameof(ConnectionInitTimeout)} must be positive (was {ConnectionInitTimeout}).");
        }

        if (KeepAliveInterval <= TimeSpan.Zero && KeepAliveInterval != Timeout.InfiniteTimeSpan)
        {
            throw new InvalidOperationException($"GraphQL WebSocket {nameof(KeepAliveInterval)} must be positive or infinite (was {KeepAliveInterval}).");
        }

        if (MaxMessageBytes < 1024)
        {
            throw new InvalidOperationException($"GraphQL WebSocket {nameof(MaxMessageBytes)} must be at least 1024 (was {MaxMessageBytes}).");
        }
    }
}
