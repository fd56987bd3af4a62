using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types.Scalars;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Building;

/// <summary>Fields, arguments, interfaces, union members, enum values and input fields of the SDL's types.</summary>
internal sealed partial class SchemaAssembler
{
    private readonly List<Action> _inputFieldDefaults = [];
    private readonly List<Action> _argumentDefaults = [];
    private readonly List<Action> _appliedDirectives = [];
    private readonly Dictionary<DirectiveDefinition, DirectiveDefinitionNode> _directiveNodes = [];

    private void CreateDirectives()
    {
        foreach (DirectiveDefinitionNode node in _directiveDefinitions)
        {
            var directive = new DirectiveDefinition
            {
                Name = node.Name.Value,
                Description = node.Description?.Value,
                IsRepeatable = node.Repeatable,
                Locations = node.GetDirectiveLocations(),
                SourceLocations = Locate(node),
            };
            _directives[directive.Name] = directive;
            _directiveOrder.Add(directive);
            _directiveNodes[directive] = node;
        }

        foreach (DirectiveDefinition builtIn in BuiltInDirectives.All)
        {
            if (_directives.TryAdd(builtIn.Name, builtIn))
            {
                _directiveOrder.Add(builtIn);
            }
        }
    }

    private void CompleteDirectives()
    {
        foreach ((DirectiveDefinition directive, DirectiveDefinitionNode node) in _directiveNodes)
        {
            directive.Arguments = BuildArguments("@" + directive.Name, node.Arguments);
        }
    }

    private void CompleteTypes()
    {
        foreach (TypeDefinitionNode definition in _typeDefinitions)
        {
            if (!_types.TryGetValue(definition.Name.Value, out NamedType? type) || !_definedTypes.Contains(type))
            {
                continue;
            }

            switch (type)
            {
                case ScalarType scalar when !scalar.IsBuiltIn:
                    ApplyLater(scalar, DirectiveLocation.Scalar, [definition, .. ExtensionsOf<ScalarTypeExtensionNode>(scalar.Name)]);
                    break;
                case ObjectType objectType:
                    var objectNode = (ObjectTypeDefinitionNode)definition;
                    List<ObjectTypeExtensionNode> objectExtensions = [.. ExtensionsOf<ObjectTypeExtensionNode>(objectType.Name)];
                    CompleteComplexType(
                        objectType,
                        [objectNode.Interfaces, .. objectExtensions.Select(e => e.Interfaces)],
                        [objectNode.Fields, .. objectExtensions.Select(e => e.Fields)]);
                    ApplyLater(objectType, DirectiveLocation.Object, [definition, .. objectExtensions]);
                    break;
                case InterfaceType interfaceType:
                    var interfaceNode = (InterfaceTypeDefinitionNode)definition;
                    List<InterfaceTypeExtensionNode> interfaceExtensions = [.. ExtensionsOf<InterfaceTypeExtensionNode>(interfaceType.Name)];
                    CompleteComplexType(
                        interfaceType,
                        [interfaceNode.Interfaces, .. interfaceExtensions.Select(e => e.Interfaces)],
                        [interfaceNode.Fields, .. interfaceExtensions.Select(e => e.Fields)]);
                    ApplyLater(interfaceType, DirectiveLocation.Interface, [definition, .. interfaceExtensions]);
                    break;
                case UnionType union:
                    var unionNode = (UnionTypeDefinitionNode)definition;
                    List<UnionTypeExtensionNode> unionExtensions = [.. ExtensionsOf<UnionTypeExtensionNode>(union.Name)];
                    CompleteUnion(union, [.. unionNode.Types, .. unionExtensions.SelectMany(e => e.Types)]);
                    ApplyLater(union, DirectiveLocation.Union, [definition, .. unionExtensions]);
                    break;
                case EnumType enumType:
                    var enumNode = (EnumTypeDefinitionNode)definition;
                    List<EnumTypeExtensionNode> enumExtensions = [.. ExtensionsOf<EnumTypeExtensionNode>(enumType.Name)];
                    CompleteEnum(enumType, [.. enumNode.Values, .. enumExtensions.SelectMany(e => e.Values)]);
                    ApplyLater(enumType, DirectiveLocation.Enum, [definition, .. enumExtensions]);
                    break;
                case InputObjectType inputObject:
                    var inputNode = (InputObjectTypeDefinitionNode)definition;
                    List<InputObjectTypeExtensionNode> inputExtensions = [.. ExtensionsOf<InputObjectTypeExtensionNode>(inputObject.Name)];
                    CompleteInputObject(inputObject, [.. inputNode.Fields, .. inputExtensions.SelectMany(e => e.Fields)]);
                    ApplyLater(inputObject, DirectiveLocation.InputObject, [definition, .. inputExtensions]);
                    break;
            }
        }
    }

    private void CompleteComplexType(
        ComplexType type,
        IReadOnlyList<IReadOnlyList<NamedTypeNode>> interfaceLists,
        IReadOnlyList<IReadOnlyList<FieldDefinitionNode>> fieldLists)
    {
        var interfaces = new List<InterfaceType>();
        foreach (NamedTypeNode node in interfaceLists.SelectMany(l => l))
        {
            switch (ResolveNamedType(node))
            {
                case InterfaceType implemented:
                    interfaces.Add(implemented);
                    break;
                case { } other:
                    Report($"Type {type.Name} must only implement Interface types, it cannot implement {other.Name}.", node);
                    break;
            }
        }

        var fields = new Dictionary<string, OutputField>(StringComparer.Ordinal);
        var fieldNodes = new Dictionary<string, FieldDefinitionNode>(StringComparer.Ordinal);
        foreach (FieldDefinitionNode node in fieldLists.SelectMany(l => l))
        {
            string coordinate = $"{type.Name}.{node.Name.Value}";
            if (fieldNodes.TryGetValue(node.Name.Value, out FieldDefinitionNode? earlier))
            {
                Report($"Field \"{coordinate}\" can only be defined once.", earlier.Name, node.Name);
                continue;
            }

            fieldNodes[node.Name.Value] = node;
            GraphQLType? fieldType = ResolveType(node.Type);
            var field = new OutputField
            {
                Name = node.Name.Value,
                Description = node.Description?.Value,
                SourceLocations = Locate(node, node.Type),
                Type = fieldType!,
                Arguments = BuildArguments(coordinate, node.Arguments),
            };
            ApplyLater(field, DirectiveLocation.FieldDefinition, node.Directives);
            if (fieldType is not null)
            {
                fields[field.Name] = field;
            }
        }

        type.Interfaces = interfaces;
        type.Fields = fields;
    }

    private void CompleteUnion(UnionType union, IReadOnlyList<NamedTypeNode> memberNodes)
    {
        var members = new List<ObjectType>();
        foreach (NamedTypeNode node in memberNodes)
        {
            switch (ResolveNamedType(node))
            {
                case ObjectType member:
                    members.Add(member);
                    break;
                case { } other:
                    Report($"Union type {union.Name} can only include Object types, it cannot include {other.Name}.", node);
                    break;
            }
        }

        union.Types = members;
    }

    private void CompleteEnum(EnumType enumType, IReadOnlyList<EnumValueDefinitionNode> valueNodes)
    {
        var values = new Dictionary<string, EnumValue>(StringComparer.Ordinal);
        var nodes = new Dictionary<string, EnumValueDefinitionNode>(StringComparer.Ordinal);
        foreach (EnumValueDefinitionNode node in valueNodes)
        {
            if (nodes.TryGetValue(node.Name.Value, out EnumValueDefinitionNode? earlier))
            {
                Report($"Enum value \"{enumType.Name}.{node.Name.Value}\" can only be defined once.", earlier.Name, node.Name);
                continue;
            }

            nodes[node.Name.Value] = node;
            var value = new EnumValue { Name = node.Name.Value, Description = node.Description?.Value, SourceLocations = Locate(node) };
            ApplyLater(value, DirectiveLocation.EnumValue, node.Directives);
            values[value.Name] = value;
        }

        enumType.Values = values;
    }

    private void CompleteInputObject(InputObjectType inputObject, IReadOnlyList<InputValueDefinitionNode> fieldNodes)
    {
        var fields = new Dictionary<string, InputField>(StringComparer.Ordinal);
        var nodes = new Dictionary<string, InputValueDefinitionNode>(StringComparer.Ordinal);
        foreach (InputValueDefinitionNode node in fieldNodes)
        {
            string coordinate = $"{inputObject.Name}.{node.Name.Value}";
            if (nodes.TryGetValue(node.Name.Value, out InputValueDefinitionNode? earlier))
            {
                Report($"Field \"{coordinate}\" can only be defined once.", earlier.Name, node.Name);
                continue;
            }

            nodes[node.Name.Value] = node;
            if (BuildInputValue(new InputField { Name = node.Name.Value, Description = node.Description?.Value, SourceLocations = Locate(node, node.Type) }, node, coordinate, _inputFieldDefaults) is { } field)
            {
                ApplyLater(field, DirectiveLocation.InputFieldDefinition, node.Directives);
                fields[field.Name] = field;
            }
        }

        inputObject.Fields = fields;
    }

    private Dictionary<string, Argument> BuildArguments(string parentCoordinate, IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        var arguments = new Dictionary<string, Argument>(StringComparer.Ordinal);
        var seen = new Dictionary<string, InputValueDefinitionNode>(StringComparer.Ordinal);
        foreach (InputValueDefinitionNode node in nodes)
        {
            string coordinate = $"{parentCoordinate}({node.Name.Value}:)";
            if (seen.TryGetValue(node.Name.Value, out InputValueDefinitionNode? earlier))
            {
                Report($"Argument \"{coordinate}\" can only be defined once.", earlier.Name, node.Name);
                continue;
            }

            seen[node.Name.Value] = node;
            if (BuildInputValue(new Argument { Name = node.Name.Value, Description = node.Description?.Value, SourceLocations = Locate(node, node.Type) }, node, coordinate, _argumentDefaults) is { } argument)
            {
                ApplyLater(argument, DirectiveLocation.ArgumentDefinition, node.Directives);
                arguments[argument.Name] = argument;
            }
        }

        return arguments;
    }

    private TValue? BuildInputValue<TValue>(TValue value, InputValueDefinitionNode node, string coordinate, List<Action> defaults)
        where TValue : InputValue
    {
        GraphQLType? type = ResolveType(node.Type);
        if (type is null)
        {
            return null;
        }

        value.Type = type;
        if (node.DefaultValue is { } literal && type.IsInputType)
        {
            defaults.Add(() =>
            {
                try
                {
                    value.DefaultValue = InputLiteralCoercion.Coerce(literal, type);
                    value.HasDefaultValue = true;
                }
                catch (CoercionException exception)
                {
                    Report($"Default value of \"{coordinate}\" is invalid: {exception.Message}", literal);
                }
            });
        }

        return value;
    }
}
