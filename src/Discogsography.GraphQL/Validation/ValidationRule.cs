using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// One validation rule: a set of enter/leave callbacks the single document walk calls for the node kinds the rule
/// cares about. A rule instance lives for one validation and keeps its own state; it sees the walk's shared type
/// information through <see cref="ValidationContext"/>.
/// </summary>
internal abstract class ValidationRule
{
    /// <summary>The stable id written as <c>extensions.rule</c>: the graphql-js rule name without its <c>Rule</c> suffix.</summary>
    public abstract string Id { get; }

    public virtual void EnterDocument(DocumentNode node, ValidationContext context)
    {
    }

    public virtual void LeaveDocument(DocumentNode node, ValidationContext context)
    {
    }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
    }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context)
    {
    }

    public virtual void EnterSelectionSet(SelectionSetNode node, ValidationContext context)
    {
    }

    public virtual void EnterField(FieldNode node, ValidationContext context)
    {
    }

    public virtual void LeaveField(FieldNode node, ValidationContext context)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
    }

    public virtual void EnterArgument(ArgumentNode node, ValidationContext context)
    {
    }

    public virtual void EnterDirective(DirectiveNode node, ValidationContext context)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node, ValidationContext context)
    {
    }

    /// <summary>Called for every node that carries directives (operations, fields, fragments, variables, type-system nodes), with that list.</summary>
    public virtual void EnterDirectiveHolder(SyntaxNode node, IReadOnlyList<DirectiveNode> directives, ValidationContext context)
    {
    }

    public virtual void EnterNamedType(NamedTypeNode node, ValidationContext context)
    {
    }

    /// <summary>Called for every value literal (including variables, lists and objects) on the way in.</summary>
    public virtual void EnterValue(ValueNode node, ValidationContext context)
    {
    }

    /// <summary>Called for every value literal on the way out.</summary>
    public virtual void LeaveValue(ValueNode node, ValidationContext context)
    {
    }

    public virtual void EnterObjectField(ObjectFieldNode node, ValidationContext context)
    {
    }
}
