using System.Security.Claims;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Authorization;

/// <summary>
/// The authorizer without ASP.NET Core: authentication and any-of roles from <see cref="IResolverContext.User"/>; a rule
/// naming a policy answers <see cref="AuthorizationOutcome.PolicyNotFound"/> (policies need the ASP.NET Core authorizer).
/// </summary>
public sealed class RoleFieldAuthorizer : IFieldAuthorizer
{
    /// <summary>The shared instance.</summary>
    public static RoleFieldAuthorizer Instance { get; } = new();

    /// <inheritdoc />
    public ValueTask<AuthorizationOutcome> AuthorizeAsync(IResolverContext context, AuthorizeRule rule)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rule);
        AuthorizationOutcome outcome = CheckUser(context.User, rule);
        return ValueTask.FromResult(outcome == AuthorizationOutcome.Allowed && rule.Policy is not null ? AuthorizationOutcome.PolicyNotFound : outcome);
    }

    /// <summary>The policy-free part of a rule: an authenticated user with at least one of the rule's roles (if it has any).</summary>
    public static AuthorizationOutcome CheckUser(ClaimsPrincipal? user, AuthorizeRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (user?.Identities.Any(i => i.IsAuthenticated) != true)
        {
            return AuthorizationOutcome.NotAuthenticated;
        }

        return rule.Roles.Count == 0 || rule.Roles.Any(user.IsInRole) ? AuthorizationOutcome.Allowed : AuthorizationOutcome.NotAuthorized;
    }
}
