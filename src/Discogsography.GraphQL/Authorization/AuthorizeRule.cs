namespace Discogsography.GraphQL.Authorization;

/// <summary>One applied <c>@authorize</c>: a policy, any-of roles, and when it is checked.</summary>
public sealed record AuthorizeRule
{
    /// <summary>The authorization policy to evaluate, or null.</summary>
    public string? Policy { get; init; }

    /// <summary>The roles of which the user must have at least one; empty for none.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>When the rule is checked.</summary>
    public ApplyPolicy Apply { get; init; } = ApplyPolicy.BeforeResolver;
}
