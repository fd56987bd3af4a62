namespace Discogsography.GraphQL.Authorization;

/// <summary>When an <c>@authorize</c> rule is checked (the <c>apply</c> argument, as in HotChocolate).</summary>
public enum ApplyPolicy
{
    /// <summary>Before the resolver runs (the default): a denied field's resolver is never called.</summary>
    BeforeResolver,

    /// <summary>After the resolver, only on a non-null result: the resolver runs, a denial then replaces its value with an error.</summary>
    AfterResolver,

    /// <summary>HotChocolate checks these during validation; here they are checked like <see cref="BeforeResolver"/>.</summary>
    Validation,
}
