namespace Discogsography.GraphQL.Authorization;

/// <summary>The answer of an <see cref="IFieldAuthorizer"/> for one rule.</summary>
public enum AuthorizationOutcome
{
    /// <summary>The rule passes.</summary>
    Allowed,

    /// <summary>There is no authenticated user (<c>AUTH_NOT_AUTHENTICATED</c>).</summary>
    NotAuthenticated,

    /// <summary>The user lacks every role of the rule or fails its policy (<c>AUTH_NOT_AUTHORIZED</c>).</summary>
    NotAuthorized,

    /// <summary>The rule names a policy that is not registered (<c>AUTH_POLICY_NOT_FOUND</c>).</summary>
    PolicyNotFound,
}
