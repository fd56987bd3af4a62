using Discogsography.GraphQL.Authorization;
using Discogsography.GraphQL.Resolvers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Decides <c>@authorize</c> rules with ASP.NET Core authorization: an authenticated user first, then any-of roles, then the
/// named policy from <see cref="IAuthorizationPolicyProvider"/> evaluated by <see cref="IAuthorizationService"/> with the
/// <see cref="IResolverContext"/> as the resource. Both services come from the request's services.
/// </summary>
public sealed class AspNetCoreFieldAuthorizer : IFieldAuthorizer
{
    /// <inheritdoc />
    public async ValueTask<AuthorizationOutcome> AuthorizeAsync(IResolverContext context, AuthorizeRule rule)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rule);
        AuthorizationOutcome outcome = RoleFieldAuthorizer.CheckUser(context.User, rule);
        if (outcome != AuthorizationOutcome.Allowed || rule.Policy is null)
        {
            return outcome;
        }

        IAuthorizationPolicyProvider policies = context.RequestServices.GetRequiredService<IAuthorizationPolicyProvider>();
        if (await policies.GetPolicyAsync(rule.Policy).ConfigureAwait(false) is not { } policy)
        {
            return AuthorizationOutcome.PolicyNotFound;
        }

        IAuthorizationService authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        AuthorizationResult result = await authorization.AuthorizeAsync(context.User!, context, policy).ConfigureAwait(false);
        return result.Succeeded ? AuthorizationOutcome.Allowed : AuthorizationOutcome.NotAuthorized;
    }
}
