using Microsoft.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>A request refused before execution: the HTTP status and the one GraphQL-shaped error the body carries.</summary>
internal sealed record HttpRequestError(int StatusCode, string Message, string Code)
{
    public static HttpRequestError BadRequest(string message, string code) => new(StatusCodes.Status400BadRequest, message, code);

    public static HttpRequestError InvalidParameter(string message) => BadRequest(message, HttpErrorCodes.InvalidParameter);
}
