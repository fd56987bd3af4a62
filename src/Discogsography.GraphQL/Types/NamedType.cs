namespace Discogsography.GraphQL.Types;

/// <summary>A type defined by name in the schema: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType()
    {
    }

    /// <summary>The type's name.</summary>
    public required string Name { get; init; }

    /// <summary>The type's description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>The directives applied to the type's definition and extensions, in order.</summary>
    public IReadOnlyList<AppliedDirective> Directives { get; internal set; } = [];

    /// <summary>Where the type was defined, then where it was extended; empty for built-in types.</summary>
    public IReadOnlyList<SchemaLocation> SourceLocations { get; internal set; } = [];

    /// <inheritdoc />
    public override NamedType Named => this;

    /// <summary>True for the introspection types (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public bool IsIntrospectionType => Name is "__Schema" or "__Type" or "__TypeKind" or "__Field" or "__InputValue"
        or "__EnumValue" or "__Directive" or "__DirectiveLocation";

    /// <summary>The applications of the directive named <paramref name="directiveName"/>.</summary>
    public IEnumerable<AppliedDirective> GetDirectives(string directiveName) =>
        Directives.Where(d => string.Equals(d.Name, directiveName, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => Name;
}
