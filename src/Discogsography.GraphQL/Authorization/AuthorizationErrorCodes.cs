namespace Discogsography.GraphQL.Authorization;

/// <summary>The <c>extensions.code</c> values of authorization field errors (HotChocolate's).</summary>
public static class AuthorizationErrorCodes
{
    /// <summary>The field needs an authenticated user and there is none.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The user is authenticated but fails a rule.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>A rule names a policy that is not registered.</summary>
    public const string PolicyNotFound = "AUTH_POLICY_NOT_FOUND";
}
