using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// Type-system definitions found in the document itself (invalid for execution, but graphql-js lets them define
/// directives and type names for the other rules), collected once.
/// </summary>
internal sealed partial class ValidationContext
{
    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;
    private HashSet<string>? _documentTypeNames;

    /// <summary>A directive defined in the document (the last definition of the name), or null.</summary>
    public DirectiveDefinitionNode? GetDocumentDirective(string name)
    {
        if (_documentDirectives is null)
        {
            _documentDirectives = new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
            foreach (DirectiveDefinitionNode directive in Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _documentDirectives[directive.Name.Value] = directive;
            }
        }

        return _documentDirectives.GetValueOrDefault(name);
    }

    /// <summary>The names of the types defined in the document.</summary>
    public IReadOnlySet<string> DocumentTypeNames => _documentTypeNames ??= new HashSet<string>(
        Document.Definitions.OfType<TypeDefinitionNode>().Select(t => t.Name.Value), StringComparer.Ordinal);
}
