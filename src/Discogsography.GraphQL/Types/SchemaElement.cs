namespace Discogsography.GraphQL.Types;

/// <summary>What every member of a schema type has: a name, a description, applied directives and its place in the SDL.</summary>
public abstract class SchemaElement
{
    private protected SchemaElement()
    {
    }

    /// <summary>The element's name.</summary>
    public required string Name { get; init; }

    /// <summary>The element's description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>The directives applied to the element in the SDL, in order (including <c>@deprecated</c>).</summary>
    public IReadOnlyList<AppliedDirective> Directives { get; internal set; } = [];

    /// <summary>Where the element was defined; empty for elements built in code.</summary>
    public IReadOnlyList<SchemaLocation> SourceLocations { get; init; } = [];

    /// <summary>The applications of the directive named <paramref name="directiveName"/>.</summary>
    public IEnumerable<AppliedDirective> GetDirectives(string directiveName) =>
        Directives.Where(d => string.Equals(d.Name, directiveName, StringComparison.Ordinal));
}
