using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore.Authorization;

/// <summary>Turns a bearer token into a user, for transports that carry the token outside the HTTP headers (WebSocket init payloads).</summary>
public interface IBearerTokenAuthenticator
{
    /// <summary>The user the token stands for, or null when the token does not authenticate.</summary>
    /// <param name="context">The connection's HTTP context (its services are used).</param>
    /// <param name="token">The token, without <c>Bearer </c>.</param>
    Task<ClaimsPrincipal?> AuthenticateAsync(HttpContext context, string token);
}
