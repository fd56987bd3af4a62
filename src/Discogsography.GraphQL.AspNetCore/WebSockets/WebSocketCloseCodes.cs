namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>The close codes of graphql-transport-ws (and the subprotocol refusal both protocols share).</summary>
internal static class WebSocketCloseCodes
{
    /// <summary>Malformed message, unknown type, or a missing/invalid field.</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The <c>OnConnect</c> hook rejected the connection.</summary>
    public const int Forbidden = 4403;

    /// <summary>No acceptable subprotocol was offered.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within the timeout.</summary>
    public const int ConnectionInitTimeout = 4408;

    /// <summary>A <c>subscribe</c> reused the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The server failed.</summary>
    public const int InternalServerError = 4500;
}
