using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// The one walk over a document: for each node, updates the shared type information, calls every rule's enter
/// callback for the node's kind, walks the children, then calls the leave callbacks in the same rule order.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly ValidationRule[] _rules;
    private readonly ValidationContext _context;

    // One reusable list of children per depth, so the walk allocates nothing per node.
    private readonly List<List<SyntaxNode>> _childLists = [];
    private int _depth;

    public DocumentWalker(IReadOnlyList<ValidationRule> rules, ValidationContext context)
    {
        _rules = [.. rules];
        _context = context;
    }

    public void Walk(SyntaxNode node)
    {
        _context.TypeInfo.Enter(node);
        Enter(node);
        _context.PushAncestor(node);
        if (_childLists.Count == _depth)
        {
            _childLists.Add([]);
        }

        List<SyntaxNode> children = _childLists[_depth++];
        children.Clear();
        node.AddChildren(children);
        StringValueNode? description = DescriptionOf(node);
        for (int i = 0; i < children.Count; i++)
        {
            // A description is documentation, not a value: no rule looks at it.
            if (!ReferenceEquals(children[i], description))
            {
                Walk(children[i]);
            }
        }

        _depth--;
        _context.PopAncestor();
        Leave(node);
        _context.TypeInfo.Leave(node);
    }

    private static StringValueNode? DescriptionOf(SyntaxNode node) => node switch
    {
        ExecutableDefinitionNode definition => definition.Description,
        VariableDefinitionNode variable => variable.Description,
        TypeSystemDefinitionNode definition => definition.Description,
        FieldDefinitionNode field => field.Description,
        InputValueDefinitionNode input => input.Description,
        EnumValueDefinitionNode value => value.Description,
        _ => null,
    };

    private static IReadOnlyList<DirectiveNode>? DirectivesOf(SyntaxNode node) => node switch
    {
        ExecutableDefinitionNode definition => definition.Directives,
        SelectionNode selection => selection.Directives,
        VariableDefinitionNode variable => variable.Directives,
        _ => TypeSystemDirectives.Of(node),
    };

    // One dispatch on the node's kind, then every rule's callback for that kind, in rule order.
    private void Enter(SyntaxNode node)
    {
        ValidationContext context = _context;
        if (DirectivesOf(node) is { Count: > 0 } directives)
        {
            foreach (ValidationRule rule in _rules)
            {
                rule.EnterDirectiveHolder(node, directives, context);
            }
        }

        switch (node)
        {
            case DocumentNode document:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterDocument(document, context);
                }

                break;
            case OperationDefinitionNode operation:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterOperationDefinition(operation, context);
                }

                break;
            case FragmentDefinitionNode fragment:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterFragmentDefinition(fragment, context);
                }

                break;
            case VariableDefinitionNode variable:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterVariableDefinition(variable, context);
                }

                break;
            case SelectionSetNode selectionSet:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterSelectionSet(selectionSet, context);
                }

                break;
            case FieldNode field:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterField(field, context);
                }

                break;
            case FragmentSpreadNode spread:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterFragmentSpread(spread, context);
                }

                break;
            case InlineFragmentNode inline:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterInlineFragment(inline, context);
                }

                break;
            case ArgumentNode argument:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterArgument(argument, context);
                }

                break;
            case DirectiveNode directive:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterDirective(directive, context);
                }

                break;
            case NamedTypeNode namedType:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterNamedType(namedType, context);
                }

                break;
            case ValueNode value:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterValue(value, context);
                }

                break;
            case ObjectFieldNode objectField:
                foreach (ValidationRule rule in _rules)
                {
                    rule.EnterObjectField(objectField, context);
                }

                break;
        }
    }

    private void Leave(SyntaxNode node)
    {
        ValidationContext context = _context;
        switch (node)
        {
            case DocumentNode document:
                foreach (ValidationRule rule in _rules)
                {
                    rule.LeaveDocument(document, context);
                }

                break;
            case OperationDefinitionNode operation:
                foreach (ValidationRule rule in _rules)
                {
                    rule.LeaveOperationDefinition(operation, context);
                }

                break;
            case FieldNode field:
                foreach (ValidationRule rule in _rules)
                {
                    rule.LeaveField(field, context);
                }

                break;
            case DirectiveNode directive:
                foreach (ValidationRule rule in _rules)
                {
                    rule.LeaveDirective(directive, context);
                }

                break;
            case ValueNode value:
                foreach (ValidationRule rule in _rules)
                {
                    rule.LeaveValue(value, context);
                }

                break;
        }
    }
}
