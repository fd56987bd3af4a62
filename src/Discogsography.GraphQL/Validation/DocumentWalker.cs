using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// The one walk over a document: for each node, updates the shared type information, calls every rule's enter
/// callback for the node's kind, walks the children, then calls the leave callbacks in the same rule order.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly IReadOnlyList<ValidationRule> _rules;
    private readonly ValidationContext _context;

    public DocumentWalker(IReadOnlyList<ValidationRule> rules, ValidationContext context)
    {
        _rules = rules;
        _context = context;
    }

    public void Walk(SyntaxNode node)
    {
        _context.TypeInfo.Enter(node);
        foreach (ValidationRule rule in _rules)
        {
            Enter(rule, node);
        }

        _context.PushAncestor(node);
        foreach (SyntaxNode child in node.GetChildren())
        {
            Walk(child);
        }

        _context.PopAncestor();
        foreach (ValidationRule rule in _rules)
        {
            Leave(rule, node);
        }

        _context.TypeInfo.Leave(node);
    }

    private static IReadOnlyList<DirectiveNode>? DirectivesOf(SyntaxNode node) => node switch
    {
        ExecutableDefinitionNode definition => definition.Directives,
        SelectionNode selection => selection.Directives,
        VariableDefinitionNode variable => variable.Directives,
        _ => TypeSystemDirectives.Of(node),
    };

    private void Enter(ValidationRule rule, SyntaxNode node)
    {
        ValidationContext context = _context;
        if (DirectivesOf(node) is { Count: > 0 } directives)
        {
            rule.EnterDirectiveHolder(node, directives, context);
        }

        switch (node)
        {
            case DocumentNode document:
                rule.EnterDocument(document, context);
                break;
            case OperationDefinitionNode operation:
                rule.EnterOperationDefinition(operation, context);
                break;
            case FragmentDefinitionNode fragment:
                rule.EnterFragmentDefinition(fragment, context);
                break;
            case VariableDefinitionNode variable:
                rule.EnterVariableDefinition(variable, context);
                break;
            case SelectionSetNode selectionSet:
                rule.EnterSelectionSet(selectionSet, context);
                break;
            case FieldNode field:
                rule.EnterField(field, context);
                break;
            case FragmentSpreadNode spread:
                rule.EnterFragmentSpread(spread, context);
                break;
            case InlineFragmentNode inline:
                rule.EnterInlineFragment(inline, context);
                break;
            case ArgumentNode argument:
                rule.EnterArgument(argument, context);
                break;
            case DirectiveNode directive:
                rule.EnterDirective(directive, context);
                break;
            case NamedTypeNode namedType:
                rule.EnterNamedType(namedType, context);
                break;
            case ValueNode value:
                rule.EnterValue(value, context);
                break;
            case ObjectFieldNode objectField:
                rule.EnterObjectField(objectField, context);
                break;
        }
    }

    private void Leave(ValidationRule rule, SyntaxNode node)
    {
        ValidationContext context = _context;
        switch (node)
        {
            case DocumentNode document:
                rule.LeaveDocument(document, context);
                break;
            case OperationDefinitionNode operation:
                rule.LeaveOperationDefinition(operation, context);
                break;
            case FieldNode field:
                rule.LeaveField(field, context);
                break;
            case DirectiveNode directive:
                rule.LeaveDirective(directive, context);
                break;
            case ValueNode value:
                rule.LeaveValue(value, context);
                break;
        }
    }
}
