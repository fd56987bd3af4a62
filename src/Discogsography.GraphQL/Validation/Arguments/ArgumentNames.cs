using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Arguments;

/// <summary>Spec 5.4.1 Argument Names: every argument given to a field or directive is defined by it.</summary>
internal sealed class ArgumentNames : ValidationRule
{
    public override string Id => "KnownArgumentNames";

    public static string OnField(string argumentName, string typeName, string fieldName, string suggestion) =>
        $"Unknown argument \"{argumentName}\" on field \"{typeName}.{fieldName}\"." + suggestion;

    public static string OnDirective(string argumentName, string directiveName, string suggestion) =>
        $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + suggestion;

    public override void EnterArgument(ArgumentNode node, ValidationContext context)
    {
        if (context.Parent is not FieldNode
            || context.TypeInfo.Argument is not null
            || context.TypeInfo.FieldDefinition is not { } field
            || context.TypeInfo.ParentType is not { } parentType)
        {
            return;
        }

        string suggestion = Suggestions.DidYouMean(Suggestions.List(node.Name.Value, field.Arguments.Keys));
        context.ReportError(Id, OnField(node.Name.Value, parentType.Name, field.Name, suggestion), node);
    }

    public override void EnterDirective(DirectiveNode node, ValidationContext context)
    {
        IReadOnlyCollection<string>? known = DirectiveArguments(context, node.Name.Value);
        if (known is null)
        {
            return;
        }

        foreach (ArgumentNode argument in node.Arguments)
        {
            if (!known.Contains(argument.Name.Value))
            {
                string suggestion = Suggestions.DidYouMean(Suggestions.List(argument.Name.Value, known));
                context.ReportError(Id, OnDirective(argument.Name.Value, node.Name.Value, suggestion), argument);
            }
        }
    }

    /// <summary>The argument names of a directive, from a definition in the document or else from the schema.</summary>
    private static IReadOnlyCollection<string>? DirectiveArguments(ValidationContext context, string directiveName)
    {
        DirectiveDefinitionNode? defined = context.Document.Definitions.OfType<DirectiveDefinitionNode>()
            .LastOrDefault(d => d.Name.Value == directiveName);
        if (defined is not null)
        {
            return [.. defined.Arguments.Select(a => a.Name.Value)];
        }

        return context.Schema.GetDirective(directiveName) is { } directive ? [.. directive.Arguments.Keys] : null;
    }
}
