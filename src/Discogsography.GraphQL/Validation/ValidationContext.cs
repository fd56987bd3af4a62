using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// What every rule sees during the one walk over a document: the schema, the document, the shared type information
/// of the current position, the ancestors of the current node, fragment and variable look-ups (computed once and
/// shared), and the error sink with its cap.
/// </summary>
internal sealed partial class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly List<SyntaxNode> _ancestors = [];
    private readonly int _maxErrors;

    public ValidationContext(Schema schema, DocumentNode document, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        TypeInfo = new TypeInfo(schema);
        _maxErrors = options.MaxErrors;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments[fragment.Name.Value] = fragment;
            }
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>The errors reported so far, in the order reported.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The parent of the node being entered or left (null at the document).</summary>
    public SyntaxNode? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    /// <summary>The ancestor <paramref name="levels"/> above the current node (1 is the parent).</summary>
    public SyntaxNode? Ancestor(int levels) => _ancestors.Count >= levels ? _ancestors[^levels] : null;

    /// <summary>The top-level definition (operation, fragment or type-system definition) holding the current node.</summary>
    public SyntaxNode? Definition => _ancestors.Count > 1 ? _ancestors[1] : null;

    public void ReportError(string rule, string message, params SyntaxNode?[] nodes) =>
        Report(rule, ErrorCodes.ValidationFailed, message, nodes, null);

    /// <summary>Reports an error with its own code and further extension entries (operation limits use this).</summary>
    public void Report(string rule, string code, string message, IReadOnlyList<SyntaxNode?> nodes, IReadOnlyDictionary<string, object?>? extensions)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.", ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }

        var entries = new Dictionary<string, object?>(StringComparer.Ordinal) { ["rule"] = rule };
        if (extensions is not null)
        {
            foreach ((string key, object? value) in extensions)
            {
                entries[key] = value;
            }
        }

        _errors.Add(new GraphQLError(message, code)
        {
            Locations = [.. nodes.Where(n => n?.Location is not null).Select(n => new ErrorLocation(n!.Location!.Value.Line, n.Location.Value.Column))],
            Extensions = entries,
        });
    }

    internal void PushAncestor(SyntaxNode node) => _ancestors.Add(node);

    internal void PopAncestor() => _ancestors.RemoveAt(_ancestors.Count - 1);
}
