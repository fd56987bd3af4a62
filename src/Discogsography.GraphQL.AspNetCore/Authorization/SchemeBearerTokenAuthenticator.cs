using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Authenticates a bearer token with the configured default authentication scheme, exactly as for an HTTP request: the
/// scheme's handler runs against a synthetic request carrying <c>Authorization: Bearer &lt;token&gt;</c>. Without a default
/// scheme no token authenticates.
/// </summary>
internal sealed class SchemeBearerTokenAuthenticator : IBearerTokenAuthenticator
{
    public async Task<ClaimsPrincipal?> AuthenticateAsync(HttpContext context, string token)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(token);
        IAuthenticationSchemeProvider schemes = context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        if (await schemes.GetDefaultAuthenticateSchemeAsync().ConfigureAwait(false) is null)
        {
            return null;
        }

        // A scope of its own: the request's authentication handlers are cached per scope and bound to the real request.
        await using AsyncServiceScope scope = context.RequestServices.CreateAsyncScope();
        var synthetic = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        synthetic.Request.Headers.Authorization = "Bearer " + token;
        synthetic.Connection.RemoteIpAddress = context.Connection.RemoteIpAddress;
        IAuthenticationService authentication = scope.ServiceProvider.GetRequiredService<IAuthenticationService>();
        AuthenticateResult result = await authentication.AuthenticateAsync(synthetic, scheme: null).ConfigureAwait(false);
        return result.Succeeded ? result.Principal : null;
    }
}
