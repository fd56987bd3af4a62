using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk, the schema types of the position being visited: the enclosing composite type, the field
/// and its type, the directive and argument, and the input type (with its enclosing input type and whether the
/// position has a default value). Positions the schema does not know are null.
/// </summary>
internal sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _types = [];
    private readonly List<NamedType?> _parentTypes = [];
    private readonly List<OutputField?> _fields = [];
    private readonly List<GraphQLType?> _inputTypes = [];
    private readonly List<bool> _defaults = [];

    public TypeInfo(Schema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type of the current position (root type, field type or fragment type condition).</summary>
    public GraphQLType? Type => Top(_types);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => Top(_parentTypes);

    /// <summary>The definition of the field being visited.</summary>
    public OutputField? FieldDefinition => Top(_fields);

    /// <summary>The directive being visited, when it is defined.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the argument being visited.</summary>
    public InputValue? Argument { get; private set; }

    /// <summary>The input type expected at the current value position.</summary>
    public GraphQLType? InputType => Top(_inputTypes);

    /// <summary>The input type of the position enclosing the current one (the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[^2] : null;

    /// <summary>Whether the current input position has a default value in the schema.</summary>
    public bool HasDefaultValue => _defaults.Count > 0 && _defaults[^1];

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                GraphQLType? named = Type?.Named;
                _parentTypes.Add(TypeRelations.IsComposite(named) ? (NamedType)named! : null);
                break;
            case FieldNode field:
                OutputField? definition = ParentType is { } parent ? MetaFields.Find(_schema, parent, field.Name.Value) : null;
                _fields.Add(definition);
                _types.Add(TypeRelations.IsOutput(definition?.Type) ? definition!.Type : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _types.Add(_schema.GetRootType(OperationName(operation.Operation)));
                break;
            case InlineFragmentNode inline:
                PushFragmentType(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                PushFragmentType(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                GraphQLType? variableType = TypeRelations.FromSyntax(_schema, variable.Type);
                _inputTypes.Add(TypeRelations.IsInput(variableType) ? variableType : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                GraphQLType? listType = TypeRelations.Nullable(InputType);
                GraphQLType? itemType = listType is ListType list ? list.OfType : listType;
                _defaults.Add(false);
                _inputTypes.Add(TypeRelations.IsInput(itemType) ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                InputField? inputField = InputType?.Named is InputObjectType inputObject
                    ? inputObject.Fields.GetValueOrDefault(objectField.Name.Value)
                    : null;
                _defaults.Add(inputField?.HasDefaultValue ?? false);
                _inputTypes.Add(TypeRelations.IsInput(inputField?.Type) ? inputField!.Type : null);
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypes);
                break;
            case FieldNode:
                Pop(_fields);
                Pop(_types);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_types);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypes);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaults);
                Pop(_inputTypes);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaults);
                Pop(_inputTypes);
                break;
        }
    }

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static T? Top<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    private void PushFragmentType(NamedTypeNode? typeCondition)
    {
        GraphQLType? type = typeCondition is null ? Type?.Named : TypeRelations.FromSyntax(_schema, typeCondition);
        _types.Add(TypeRelations.IsOutput(type) ? type : null);
    }

    private void EnterArgument(ArgumentNode argument)
    {
        IReadOnlyDictionary<string, Argument>? arguments = Directive?.Arguments ?? FieldDefinition?.Arguments;
        Argument? definition = arguments?.GetValueOrDefault(argument.Name.Value);
        Argument = definition;
        _defaults.Add(definition?.HasDefaultValue ?? false);
        _inputTypes.Add(TypeRelations.IsInput(definition?.Type) ? definition!.Type : null);
    }
}
