using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Building;

namespace Discogsography.GraphQL.Introspection;

/// <summary>
/// The introspection types of the September 2025 specification (<c>__Schema</c>, <c>__Type</c>, <c>__Field</c>,
/// <c>__InputValue</c>, <c>__EnumValue</c>, <c>__Directive</c>, <c>__TypeKind</c>, <c>__DirectiveLocation</c>), with the
/// descriptions graphql-js 16 gives them. Every schema contains them; the executor serves <c>__schema</c> and <c>__type</c> from them.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly Lazy<IReadOnlyList<NamedType>> Types = new(Build);

    /// <summary>All eight, <c>__Schema</c> first.</summary>
    public static IReadOnlyList<NamedType> All => Types.Value;

    /// <summary>The type of <c>__schema</c>.</summary>
    public static ObjectType Schema => (ObjectType)All[0];

    /// <summary>The type of <c>__type(name:)</c>.</summary>
    public static ObjectType Type => (ObjectType)All.First(t => t.Name == "__Type");

    private static IReadOnlyList<NamedType> Build()
    {
        var assembler = new SchemaAssembler(new Dictionary<string, Types.Scalars.ScalarCoercion>(), []);
        (SchemaParts? parts, IReadOnlyList<SchemaProblem> problems) = assembler.Assemble([Parser.Parse(IntrospectionSdl.Text)]);
        return parts is null
            ? throw new SchemaException(problems)
            : parts.DefinedTypes;
    }
}
