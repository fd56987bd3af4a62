namespace Discogsography.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class OutputField : DeprecatableElement
{
    /// <summary>The output type of the field.</summary>
    public GraphQLType Type { get; internal set; } = null!;

    /// <summary>The arguments by name, in definition order.</summary>
    public IReadOnlyDictionary<string, Argument> Arguments { get; internal set; } = new Dictionary<string, Argument>();
}
