using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Types;

/// <summary>The directives the specification defines: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>.</summary>
public static class BuiltInDirectives
{
    /// <summary>The name of <c>@deprecated</c>.</summary>
    public const string DeprecatedName = "deprecated";

    /// <summary>The name of <c>@specifiedBy</c>.</summary>
    public const string SpecifiedByName = "specifiedBy";

    /// <summary>The name of <c>@oneOf</c>.</summary>
    public const string OneOfName = "oneOf";

    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Include { get; } = new()
    {
        Name = "include",
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Locations = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Arguments = Arguments(new Argument { Name = "if", Description = "Included when true.", Type = new NonNullType(BuiltInScalars.Boolean) }),
    };

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Skip { get; } = new()
    {
        Name = "skip",
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Locations = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Arguments = Arguments(new Argument { Name = "if", Description = "Skipped when true.", Type = new NonNullType(BuiltInScalars.Boolean) }),
    };

    /// <summary><c>@deprecated(reason: String! = "No longer supported")</c> (September 2025 edition).</summary>
    public static DirectiveDefinition Deprecated { get; } = new()
    {
        Name = DeprecatedName,
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Locations =
        [
            DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition,
            DirectiveLocation.EnumValue,
        ],
        Arguments = Arguments(new Argument
        {
            Name = "reason",
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            Type = new NonNullType(BuiltInScalars.String),
            HasDefaultValue = true,
            DefaultValue = DefaultDeprecationReason,
        }),
    };

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new()
    {
        Name = SpecifiedByName,
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Locations = [DirectiveLocation.Scalar],
        Arguments = Arguments(new Argument
        {
            Name = "url",
            Description = "The URL that specifies the behavior of this scalar.",
            Type = new NonNullType(BuiltInScalars.String),
        }),
    };

    /// <summary><c>@oneOf</c>.</summary>
    public static DirectiveDefinition OneOf { get; } = new()
    {
        Name = OneOfName,
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
        Locations = [DirectiveLocation.InputObject],
    };

    /// <summary>The five, in graphql-js order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>True when <paramref name="name"/> names a specified directive.</summary>
    public static bool IsBuiltIn(string name) => name is "include" or "skip" or DeprecatedName or SpecifiedByName or OneOfName;

    private static Dictionary<string, Argument> Arguments(params Argument[] arguments) =>
        arguments.ToDictionary(a => a.Name, StringComparer.Ordinal);
}
