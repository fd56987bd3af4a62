using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Directives;

/// <summary>The locations a directive may stand at: from its definition in the document, else from the schema; null when undefined.</summary>
internal static class DirectiveLocations
{
    public static IReadOnlyList<DirectiveLocation>? Find(ValidationContext context, string directiveName)
    {
        DirectiveDefinitionNode? defined = context.Document.Definitions.OfType<DirectiveDefinitionNode>()
            .LastOrDefault(d => d.Name.Value == directiveName);
        return defined?.GetDirectiveLocations() ?? context.Schema.GetDirective(directiveName)?.Locations;
    }
}
