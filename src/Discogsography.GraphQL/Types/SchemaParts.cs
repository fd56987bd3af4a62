namespace Discogsography.GraphQL.Types;

/// <summary>What the builder assembled before validation: the roots may still be of the wrong kind here.</summary>
internal sealed class SchemaParts
{
    public string? Description { get; init; }

    public NamedType? Query { get; init; }

    public NamedType? Mutation { get; init; }

    public NamedType? Subscription { get; init; }

    /// <summary>The types the SDL defines, in definition order (before referenced built-ins are added).</summary>
    public required IReadOnlyList<NamedType> DefinedTypes { get; init; }

    /// <summary>The introspection types every schema has.</summary>
    public IReadOnlyList<NamedType> PredefinedTypes { get; init; } = [];

    public required IReadOnlyList<DirectiveDefinition> Directives { get; init; }

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = [];

    public IReadOnlyList<SchemaLocation> SourceLocations { get; init; } = [];

    /// <summary>Where each root operation type was named, by operation (query, mutation, subscription).</summary>
    public IReadOnlyDictionary<string, SchemaLocation> RootLocations { get; init; } = new Dictionary<string, SchemaLocation>();
}
