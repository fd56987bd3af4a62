namespace Discogsography.GraphQL.AspNetCore;

/// <summary>Settings of the GraphQL endpoint (section <c>GraphQL</c>); transports add their own settings here.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "GraphQL";
}
