using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Types.Building;

/// <summary>
/// Turns SDL documents into schema parts: collects definitions and extensions, checks what the SDL itself must get right
/// (unique and known names, extension kinds, directive use) and builds the type objects. One instance per build.
/// </summary>
internal sealed partial class SchemaAssembler
{
    private readonly List<SchemaProblem> _problems = [];
    private readonly IReadOnlyDictionary<string, ScalarCoercion> _coercions;
    private readonly IReadOnlyList<NamedType> _predefinedTypes;
    private readonly List<TypeDefinitionNode> _typeDefinitions = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly List<SchemaDefinitionNode> _schemaDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _definedTypes = [];
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinition> _directiveOrder = [];

    /// <param name="coercions">Implementations of custom scalars by name.</param>
    /// <param name="predefinedTypes">Types every schema has besides the SDL's: the introspection types.</param>
    public SchemaAssembler(IReadOnlyDictionary<string, ScalarCoercion> coercions, IReadOnlyList<NamedType> predefinedTypes)
    {
        _coercions = coercions;
        _predefinedTypes = predefinedTypes;
    }

    /// <summary>Builds the parts from <paramref name="documents"/>, or returns the problems found.</summary>
    public (SchemaParts? Parts, IReadOnlyList<SchemaProblem> Problems) Assemble(IEnumerable<DocumentNode> documents)
    {
        foreach (DocumentNode document in documents)
        {
            Collect(document);
        }

        CreateTypes();
        CheckExtensions();
        CreateDirectives();
        CompleteTypes();
        CompleteDirectives();
        ApplyTypeDirectivesAndDefaults();
        SchemaParts parts = CreateParts();
        return (_problems.Count == 0 ? parts : null, _problems);
    }

    private void Report(string message, params SyntaxNode?[] nodes) =>
        _problems.Add(new SchemaProblem(message, Locate(nodes)));

    internal static IReadOnlyList<SchemaLocation> Locate(params SyntaxNode?[] nodes) =>
        [.. nodes.Where(n => n?.Location is not null).Select(n => new SchemaLocation(n!.Location!.Value.Line, n.Location.Value.Column))];

    private void Collect(DocumentNode document)
    {
        foreach (DefinitionNode definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    TypeDefinitionNode? earlier = _typeDefinitions.Find(t => t.Name.Value == type.Name.Value);
                    if (earlier is not null)
                    {
                        Report($"There can be only one type named \"{type.Name.Value}\".", earlier.Name, type.Name);
                    }
                    else
                    {
                        _typeDefinitions.Add(type);
                    }

                    break;
                case TypeExtensionNode extension:
                    if (!_typeExtensions.TryGetValue(extension.Name.Value, out List<TypeExtensionNode>? extensions))
                    {
                        _typeExtensions[extension.Name.Value] = extensions = [];
                    }

                    extensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    DirectiveDefinitionNode? earlierDirective = _directiveDefinitions.Find(d => d.Name.Value == directive.Name.Value);
                    if (earlierDirective is not null)
                    {
                        Report($"There can be only one directive named \"@{directive.Name.Value}\".", earlierDirective.Name, directive.Name);
                    }
                    else
                    {
                        _directiveDefinitions.Add(directive);
                    }

                    break;
                case SchemaDefinitionNode schema:
                    if (_schemaDefinitions.Count > 0)
                    {
                        Report("Must provide only one schema definition.", schema);
                    }

                    _schemaDefinitions.Add(schema);
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                default:
                    Report($"A schema document may only hold type system definitions and extensions, not {definition.Kind}.", definition);
                    break;
            }
        }
    }

    private void CreateTypes()
    {
        foreach (NamedType predefined in _predefinedTypes)
        {
            _types[predefined.Name] = predefined;
        }

        foreach (TypeDefinitionNode definition in _typeDefinitions)
        {
            string name = definition.Name.Value;
            if (_types.ContainsKey(name))
            {
                Report($"Schema must contain uniquely named types but contains multiple types named \"{name}\".", definition.Name);
                continue;
            }

            if (BuiltInScalars.Find(name) is { } builtIn && definition is not ScalarTypeDefinitionNode)
            {
                Report($"Type \"{name}\" is a built-in scalar and cannot be redefined as another kind of type.", definition.Name);
                continue;
            }

            NamedType type = BuiltInScalars.Find(name) ?? CreateType(definition);
            _types[name] = type;
            _definedTypes.Add(type);
        }

        foreach (ScalarType scalar in BuiltInScalars.All)
        {
            _types.TryAdd(scalar.Name, scalar);
        }
    }

    private NamedType CreateType(TypeDefinitionNode definition)
    {
        string name = definition.Name.Value;
        string? description = definition.Description?.Value;
        List<SyntaxNode> nodes = [definition, .. _typeExtensions.GetValueOrDefault(name) ?? []];
        IReadOnlyList<SchemaLocation> locations = Locate([.. nodes]);
        return definition switch
        {
            ScalarTypeDefinitionNode => new ScalarType
            {
                Name = name,
                Description = description,
                SourceLocations = locations,
                Coercion = _coercions.GetValueOrDefault(name) ?? BuiltInScalars.PassThroughCoercion,
            },
            ObjectTypeDefinitionNode => new ObjectType { Name = name, Description = description, SourceLocations = locations },
            InterfaceTypeDefinitionNode => new InterfaceType { Name = name, Description = description, SourceLocations = locations },
            UnionTypeDefinitionNode => new UnionType { Name = name, Description = description, SourceLocations = locations },
            EnumTypeDefinitionNode => new EnumType { Name = name, Description = description, SourceLocations = locations },
            _ => new InputObjectType { Name = name, Description = description, SourceLocations = locations },
        };
    }

    private void CheckExtensions()
    {
        foreach ((string name, List<TypeExtensionNode> extensions) in _typeExtensions)
        {
            TypeDefinitionNode? definition = _typeDefinitions.Find(t => t.Name.Value == name);
            foreach (TypeExtensionNode extension in extensions)
            {
                if (definition is null)
                {
                    Report($"Cannot extend type \"{name}\" because it is not defined.", extension.Name);
                }
                else if (KindOf(extension) is var kind && kind != KindOf(definition))
                {
                    Report($"Cannot extend non-{kind} type \"{name}\".", definition, extension);
                }
            }
        }
    }

    private static string KindOf(SyntaxNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    /// <summary>The extensions of the type named <paramref name="name"/> that match its kind.</summary>
    private IEnumerable<TExtension> ExtensionsOf<TExtension>(string name)
        where TExtension : TypeExtensionNode =>
        (_typeExtensions.GetValueOrDefault(name) ?? []).OfType<TExtension>();

    /// <summary>The type a type reference names, or null (reported) when no such type exists.</summary>
    private GraphQLType? ResolveType(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => ResolveType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => ResolveType(list.Type) is { } item ? new ListType(item) : null,
        _ => ResolveNamedType((NamedTypeNode)node),
    };

    private NamedType? ResolveNamedType(NamedTypeNode node)
    {
        if (_types.TryGetValue(node.Name.Value, out NamedType? type))
        {
            return type;
        }

        Report($"Unknown type \"{node.Name.Value}\".", node);
        return null;
    }
}
