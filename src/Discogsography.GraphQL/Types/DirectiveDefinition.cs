using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Types;

/// <summary>A directive the schema declares: built in (<c>@skip</c>, <c>@deprecated</c>, ...) or defined in the SDL.</summary>
public sealed class DirectiveDefinition : SchemaElement
{
    /// <summary>The arguments by name, in definition order.</summary>
    public IReadOnlyDictionary<string, Argument> Arguments { get; internal set; } = new Dictionary<string, Argument>();

    /// <summary>True when the directive may be applied more than once at one location.</summary>
    public bool IsRepeatable { get; init; }

    /// <summary>Where the directive may be applied, in declaration order.</summary>
    public required IReadOnlyList<DirectiveLocation> Locations { get; init; }

    /// <summary>True for the directives the GraphQL specification defines.</summary>
    public bool IsBuiltIn => BuiltInDirectives.IsBuiltIn(Name);
}
