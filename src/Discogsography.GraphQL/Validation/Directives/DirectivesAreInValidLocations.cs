using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Directives;

/// <summary>Spec 5.7.2 Directives Are In Valid Locations: a defined directive is used only at a location its definition lists.</summary>
internal sealed class DirectivesAreInValidLocations : ValidationRule
{
    public override string Id => "KnownDirectives";

    public static string Message(string directiveName, DirectiveLocation location) =>
        $"Directive \"@{directiveName}\" may not be used on {DirectiveLocationNames.ToName(location)}.";

    public override void EnterDirective(DirectiveNode node, ValidationContext context)
    {
        if (DirectiveLocations.Find(context, node.Name.Value) is not { } locations || context.Parent is not { } holder)
        {
            return;
        }

        if (TypeSystemDirectives.LocationOf(holder, context.Ancestor(2)) is { } location && !locations.Contains(location))
        {
            context.ReportError(Id, Message(node.Name.Value, location), node);
        }
    }
}
