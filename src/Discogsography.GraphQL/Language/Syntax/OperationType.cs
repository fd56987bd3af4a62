namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>The three kinds of operation (spec: OperationType).</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch; top-level fields run serially.</summary>
    Mutation,

    /// <summary>A long-lived request producing a stream of results.</summary>
    Subscription,
}
