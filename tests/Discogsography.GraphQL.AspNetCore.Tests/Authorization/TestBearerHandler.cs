using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.GraphQL.AspNetCore.Tests.Authorization;

/// <summary>A test scheme: <c>Authorization: Bearer name;role,role</c> is a user with that name and roles; "Bearer bad" fails.</summary>
internal sealed class TestBearerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestBearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        string token = header["Bearer ".Length..];
        if (token == "bad")
        {
            return Task.FromResult(AuthenticateResult.Fail("Bad token."));
        }

        string[] parts = token.Split(';');
        IEnumerable<Claim> roles = parts.Length > 1
            ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r))
            : [];
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, parts[0]), .. roles], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
