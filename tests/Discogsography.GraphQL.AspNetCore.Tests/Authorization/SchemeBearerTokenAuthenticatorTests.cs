using System.Security.Claims;
using Discogsography.GraphQL.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.GraphQL.AspNetCore.Tests.Authorization;

public sealed class SchemeBearerTokenAuthenticatorTests
{
    private static HttpContext Context(bool withScheme)
    {
        var services = new ServiceCollection().AddLogging();
        AuthenticationBuilder authentication = services.AddAuthentication();
        if (withScheme)
        {
            authentication.AddScheme<AuthenticationSchemeOptions, TestBearerHandler>(TestBearerHandler.SchemeName, null);
        }

        return new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
    }

    [Fact]
    public async Task AuthenticateAsync_ValidToken_PrincipalWithNameAndRoles()
    {
        ClaimsPrincipal? user = await new SchemeBearerTokenAuthenticator().AuthenticateAsync(Context(withScheme: true), "erin;admin,editor");

        Assert.NotNull(user);
        Assert.Equal("erin", user.Identity!.Name);
        Assert.True(user.IsInRole("editor"));
    }

    [Fact]
    public async Task AuthenticateAsync_FailingToken_Null()
    {
        Assert.Null(await new SchemeBearerTokenAuthenticator().AuthenticateAsync(Context(withScheme: true), "bad"));
    }

    [Fact]
    public async Task AuthenticateAsync_NoDefaultScheme_Null()
    {
        Assert.Null(await new SchemeBearerTokenAuthenticator().AuthenticateAsync(Context(withScheme: false), "erin;admin"));
    }
}
