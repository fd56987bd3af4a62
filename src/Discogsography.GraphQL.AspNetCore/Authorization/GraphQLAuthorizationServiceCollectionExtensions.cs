using System.Text.Json;
using Discogsography.GraphQL.AspNetCore.WebSockets;
using Discogsography.GraphQL.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Discogsography.GraphQL.AspNetCore.Authorization;

/// <summary>Registers <c>@authorize</c> enforcement through ASP.NET Core authorization, and bearer authentication of WebSockets.</summary>
public static class GraphQLAuthorizationServiceCollectionExtensions
{
    /// <summary>
    /// Adds ASP.NET Core authorization, <see cref="IFieldAuthorizer"/> as <see cref="AspNetCoreFieldAuthorizer"/> and
    /// <see cref="IBearerTokenAuthenticator"/> (default authentication scheme). Apply the authorizer to the schema with
    /// <see cref="ExecutableSchemaAuthorizationExtensions.WithAuthorization"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLAuthorization(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAuthorization();
        services.TryAddSingleton<IFieldAuthorizer, AspNetCoreFieldAuthorizer>();
        services.TryAddSingleton<IBearerTokenAuthenticator, SchemeBearerTokenAuthenticator>();
        return services;
    }

    /// <summary>
    /// Authenticates each socket from the bearer token of its <c>connection_init</c> payload (<c>{"Authorization":"Bearer …"}</c>)
    /// with <see cref="IBearerTokenAuthenticator"/>: no token keeps the socket anonymous, a token that does not authenticate
    /// rejects the connection.
    /// </summary>
    public static GraphQLWebSocketOptions UseBearerAuthentication(this GraphQLWebSocketOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.OnConnect = AuthenticateSocketAsync;
        return options;
    }

    private static async ValueTask<bool> AuthenticateSocketAsync(HttpContext context, JsonElement payload)
    {
        if (GraphQLWebSocketOptions.ReadBearerToken(payload) is not { } token)
        {
            return true;
        }

        IBearerTokenAuthenticator authenticator = context.RequestServices.GetRequiredService<IBearerTokenAuthenticator>();
        if (await authenticator.AuthenticateAsync(context, token).ConfigureAwait(false) is not { } user)
        {
            return false;
        }

        context.User = user;
        return true;
    }
}
