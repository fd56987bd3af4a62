using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types.Scalars;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Building;

/// <summary>Applied directives (known, allowed at their location, unique unless repeatable, arguments coerced) and the roots.</summary>
internal sealed partial class SchemaAssembler
{
    private void ApplyLater(NamedType type, DirectiveLocation location, IReadOnlyList<SyntaxNode> nodes) =>
        _appliedDirectives.Add(() => type.Directives = Apply(location, nodes.SelectMany(DirectivesOf)));

    private void ApplyLater(SchemaElement element, DirectiveLocation location, IReadOnlyList<DirectiveNode> nodes) =>
        _appliedDirectives.Add(() => element.Directives = Apply(location, nodes));

    private static IReadOnlyList<DirectiveNode> DirectivesOf(SyntaxNode node) => node switch
    {
        TypeDefinitionNode definition => definition.Directives,
        TypeSystemExtensionNode extension => extension.Directives,
        SchemaDefinitionNode schema => schema.Directives,
        _ => [],
    };

    private void ApplyTypeDirectivesAndDefaults()
    {
        // Input field defaults first: argument defaults and directive arguments may take them in.
        foreach (Action step in _inputFieldDefaults.Concat(_argumentDefaults).Concat(_appliedDirectives))
        {
            step();
        }
    }

    private List<AppliedDirective> Apply(DirectiveLocation location, IEnumerable<DirectiveNode> nodes)
    {
        var applied = new List<AppliedDirective>();
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (DirectiveNode node in nodes)
        {
            string name = node.Name.Value;
            if (!_directives.TryGetValue(name, out DirectiveDefinition? definition))
            {
                Report($"Unknown directive \"@{name}\".", node);
                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                Report($"Directive \"@{name}\" may not be used on {location.ToName()}.", node);
                continue;
            }

            if (!definition.IsRepeatable && !seen.TryAdd(name, node))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", seen[name], node);
                continue;
            }

            if (CoerceArguments(definition, node) is { } arguments)
            {
                applied.Add(new AppliedDirective { Name = name, Arguments = arguments, Location = Locate(node).FirstOrDefault() });
            }
        }

        return applied;
    }

    private Dictionary<string, object?>? CoerceArguments(DirectiveDefinition definition, DirectiveNode node)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var given = new Dictionary<string, ArgumentNode>(StringComparer.Ordinal);
        bool valid = true;
        foreach (ArgumentNode argument in node.Arguments)
        {
            string argumentName = argument.Name.Value;
            if (!given.TryAdd(argumentName, argument))
            {
                Report($"There can be only one argument named \"{argumentName}\".", given[argumentName].Name, argument.Name);
                valid = false;
            }
            else if (!definition.Arguments.ContainsKey(argumentName))
            {
                Report($"Unknown argument \"{argumentName}\" on directive \"@{definition.Name}\".", argument);
                valid = false;
            }
        }

        foreach (Argument argument in definition.Arguments.Values)
        {
            if (given.TryGetValue(argument.Name, out ArgumentNode? value))
            {
                try
                {
                    values[argument.Name] = InputLiteralCoercion.Coerce(value.Value, argument.Type);
                }
                catch (CoercionException exception)
                {
                    Report($"Argument \"@{definition.Name}({argument.Name}:)\" has invalid value {ValueLiteral.Print(value.Value)}: {exception.Message}", value.Value);
                    valid = false;
                }
            }
            else if (argument.HasDefaultValue)
            {
                values[argument.Name] = argument.DefaultValue;
            }
            else if (argument.Type is NonNullType)
            {
                Report($"Directive \"@{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
                valid = false;
            }
        }

        return valid ? values : null;
    }

    private SchemaParts CreateParts()
    {
        var roots = new Dictionary<string, NamedType?>(StringComparer.Ordinal);
        var rootLocations = new Dictionary<string, SchemaLocation>(StringComparer.Ordinal);
        SchemaDefinitionNode? definition = _schemaDefinitions.FirstOrDefault();
        foreach (OperationTypeDefinitionNode operation in _schemaDefinitions.Take(1).SelectMany(s => s.OperationTypes)
            .Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)))
        {
            string name = operation.Operation.ToString().ToLowerInvariant();
            if (roots.ContainsKey(name))
            {
                Report($"There can be only one {name} type in schema.", operation);
                continue;
            }

            roots[name] = ResolveNamedType(operation.Type);
            rootLocations[name] = Locate(operation.Type).FirstOrDefault();
        }

        if (definition is null && _schemaExtensions.Count == 0)
        {
            roots["query"] = _types.GetValueOrDefault("Query") is { } q && _definedTypes.Contains(q) ? q : null;
            roots["mutation"] = _types.GetValueOrDefault("Mutation") is { } m && _definedTypes.Contains(m) ? m : null;
            roots["subscription"] = _types.GetValueOrDefault("Subscription") is { } s && _definedTypes.Contains(s) ? s : null;
        }

        List<AppliedDirective> schemaDirectives = Apply(
            DirectiveLocation.Schema,
            _schemaDefinitions.Take(1).SelectMany(s => s.Directives).Concat(_schemaExtensions.SelectMany(e => e.Directives)));
        return new SchemaParts
        {
            Description = definition?.Description?.Value,
            Query = roots.GetValueOrDefault("query"),
            Mutation = roots.GetValueOrDefault("mutation"),
            Subscription = roots.GetValueOrDefault("subscription"),
            DefinedTypes = _definedTypes,
            PredefinedTypes = _predefinedTypes,
            Directives = _directiveOrder,
            AppliedDirectives = schemaDirectives,
            SourceLocations = Locate([definition, .. _schemaExtensions]),
            RootLocations = rootLocations,
        };
    }
}
