using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Authorization;

/// <summary>Decides one <c>@authorize</c> rule for one field; the ASP.NET Core one evaluates policies with <c>IAuthorizationService</c>.</summary>
public interface IFieldAuthorizer
{
    /// <summary>Checks <paramref name="rule"/> for the field of <paramref name="context"/> (its user, services and path).</summary>
    ValueTask<AuthorizationOutcome> AuthorizeAsync(IResolverContext context, AuthorizeRule rule);
}
