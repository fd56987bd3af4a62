using System.Security.Cryptography;
using System.Text;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// A parsed document shared by every request that sends the same text: the immutable syntax tree, its SHA-256 hash,
/// the validation verdict (computed once) and the prepared operations.
/// </summary>
internal sealed class CachedDocument
{
    private IReadOnlyList<GraphQLError>? _validationErrors;

    public CachedDocument(DocumentNode document, string text)
    {
        Document = document;
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public DocumentNode Document { get; }

    /// <summary>The lower-case hex SHA-256 of the document text.</summary>
    public string Hash { get; }

    /// <summary>The prepared operations of this document, by operation name and include-condition values.</summary>
    public OperationPlanCache Plans { get; } = new();

    /// <summary>Validation errors, computed on first use and then shared.</summary>
    public IReadOnlyList<GraphQLError> GetValidationErrors(Func<DocumentNode, IReadOnlyList<GraphQLError>> validate)
    {
        IReadOnlyList<GraphQLError>? errors = Volatile.Read(ref _validationErrors);
        if (errors is null)
        {
            errors = validate(Document);
            Volatile.Write(ref _validationErrors, errors);
        }

        return errors;
    }
}
