using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// Introspection served from the type system (spec §4.2): the resolvers of the meta-fields <c>__schema</c> and
/// <c>__type(name:)</c> of the query root, keyed to their definitions in <see cref="IntrospectionFields"/>, and the
/// resolvers of the introspection types' fields over the schema model (<see cref="Schema"/>, <see cref="GraphQLType"/>,
/// <see cref="OutputField"/>, <see cref="InputValue"/>, <see cref="EnumValue"/>, <see cref="DirectiveDefinition"/>), with
/// <c>includeDeprecated</c> honoured.
/// </summary>
internal static class IntrospectionResolvers
{
    private static readonly Dictionary<OutputField, FieldBinding> _metaFields = new(ReferenceEqualityComparer.Instance)
    {
        [IntrospectionFields.Schema] = new FieldBinding { Resolver = static context => new(context.Schema) },
        [IntrospectionFields.Type] = new FieldBinding
        {
            Resolver = static context => new(context.Schema.GetType(context.ArgumentValue<string>("name") ?? "")),
        },
    };

    /// <summary>
    /// The binding of <paramref name="definition"/> when it is the meta-field <see cref="IntrospectionFields.Schema"/> or
    /// <see cref="IntrospectionFields.Type"/> (the very instance), otherwise null.
    /// </summary>
    public static FieldBinding? ForMetaField(OutputField definition) => _metaFields.GetValueOrDefault(definition);

    /// <summary>The resolver of a field of an introspection type.</summary>
    public static FieldBinding ForTypeField(string typeName, string fieldName) => (typeName, fieldName) switch
    {
        ("__Schema", "description") => Pure(p => ((Schema)p!).Description),
        ("__Schema", "types") => Pure(p => ((Schema)p!).Types),
        ("__Schema", "queryType") => Pure(p => ((Schema)p!).QueryType),
        ("__Schema", "mutationType") => Pure(p => ((Schema)p!).MutationType),
        ("__Schema", "subscriptionType") => Pure(p => ((Schema)p!).SubscriptionType),
        ("__Schema", "directives") => Pure(p => ((Schema)p!).Directives),
        ("__Type", "kind") => Pure(p => IntrospectionResult.KindName(((GraphQLType)p!).Kind)),
        ("__Type", "name") => Pure(p => (p as NamedType)?.Name),
        ("__Type", "description") => Pure(p => (p as NamedType)?.Description),
        ("__Type", "specifiedByURL") => Pure(p => (p as ScalarType)?.SpecifiedByUrl),
        ("__Type", "fields") => Resolve(c => (c.Parent as ComplexType)?.Fields.Values.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()),
        ("__Type", "interfaces") => Pure(p => (p as ComplexType)?.Interfaces),
        ("__Type", "possibleTypes") => Resolve(c => c.Parent is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Parent) : null),
        ("__Type", "enumValues") => Resolve(c => (c.Parent as EnumType)?.Values.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList()),
        ("__Type", "inputFields") => Resolve(c => (c.Parent as InputObjectType)?.Fields.Values.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()),
        ("__Type", "ofType") => Pure(p => p switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }),
        ("__Type", "isOneOf") => Pure(p => p is InputObjectType input ? input.IsOneOf : null),
        ("__Field", "args") or ("__Directive", "args") => Resolve(c => Arguments(c.Parent).Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList()),
        ("__Field", "type") => Pure(p => ((OutputField)p!).Type),
        ("__InputValue", "type") => Pure(p => ((InputValue)p!).Type),
        ("__InputValue", "defaultValue") => Pure(p => p is InputValue { HasDefaultValue: true } value ? ValuePrinter.Print(value.DefaultValue, value.Type) : null),
        ("__Directive", "isRepeatable") => Pure(p => ((DirectiveDefinition)p!).IsRepeatable),
        ("__Directive", "locations") => Pure(p => ((DirectiveDefinition)p!).Locations.Select(l => l.ToName()).ToList()),
        (_, "name") => Pure(p => ((SchemaElement)p!).Name),
        (_, "description") => Pure(p => ((SchemaElement)p!).Description),
        (_, "isDeprecated") => Pure(p => ((DeprecatableElement)p!).IsDeprecated),
        (_, "deprecationReason") => Pure(p => ((DeprecatableElement)p!).DeprecationReason),
        _ => new FieldBinding { PureResolver = DefaultResolvers.ReadMember(fieldName), IsDefault = true },
    };

    private static IEnumerable<InputValue> Arguments(object? parent) => parent switch
    {
        OutputField field => field.Arguments.Values,
        DirectiveDefinition directive => directive.Arguments.Values,
        _ => [],
    };

    private static bool IncludeDeprecated(IResolverContext context) => context.ArgumentValue<bool>("includeDeprecated");

    private static FieldBinding Pure(PureFieldResolver resolver) => new() { PureResolver = resolver };

    private static FieldBinding Resolve(Func<IResolverContext, object?> resolve) =>
        new() { Resolver = context => new ValueTask<object?>(resolve(context)) };
}
