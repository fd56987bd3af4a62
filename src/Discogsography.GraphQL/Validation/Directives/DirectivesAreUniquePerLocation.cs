using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Directives;

/// <summary>Spec 5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once at each location.</summary>
internal sealed class DirectivesAreUniquePerLocation : ValidationRule
{
    public override string Id => "UniqueDirectivesPerLocation";

    public static string Message(string directiveName) => $"The directive \"@{directiveName}\" can only be used once at this location.";

    public override void EnterDirectiveHolder(SyntaxNode node, IReadOnlyList<DirectiveNode> directives, ValidationContext context)
    {
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (DirectiveNode directive in directives)
        {
            string name = directive.Name.Value;
            if (!IsUnique(context, name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out DirectiveNode? first))
            {
                context.ReportError(Id, Message(name), first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    private static bool IsUnique(ValidationContext context, string name)
    {
        DirectiveDefinitionNode? defined = context.Document.Definitions.OfType<DirectiveDefinitionNode>().LastOrDefault(d => d.Name.Value == name);
        return defined is not null ? !defined.Repeatable : context.Schema.GetDirective(name) is { IsRepeatable: false };
    }
}
