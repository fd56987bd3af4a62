namespace Discogsography.GraphQL.Resolvers;

/// <summary>How one field of one object type is resolved: exactly one of the pure and the general resolver is set.</summary>
public sealed class FieldBinding
{
    /// <summary>The general resolver, or null when <see cref="PureResolver"/> is set.</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>The synchronous parent read, or null when <see cref="Resolver"/> is set.</summary>
    public PureFieldResolver? PureResolver { get; init; }

    /// <summary>The source stream of a subscription root field, or null.</summary>
    public SubscribeResolver? Subscribe { get; init; }

    /// <summary>True when no resolver was registered and the default member read applies.</summary>
    public bool IsDefault { get; init; }
}
