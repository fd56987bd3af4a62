using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Directives;

/// <summary>Spec 5.7.1 Directives Are Defined: every directive used is defined by the schema (or by the document).</summary>
internal sealed class DirectivesAreDefined : ValidationRule
{
    public override string Id => "KnownDirectives";

    public static string Message(string directiveName) => $"Unknown directive \"@{directiveName}\".";

    public override void EnterDirective(DirectiveNode node, ValidationContext context)
    {
        if (DirectiveLocations.Find(context, node.Name.Value) is null)
        {
            context.ReportError(Id, Message(node.Name.Value), node);
        }
    }
}
