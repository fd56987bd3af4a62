using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5) in one walk over the document, with every
/// rule of the spec plus the configured operation limits, and answers all errors found in document order.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// The validation errors of <paramref name="document"/> against <paramref name="schema"/>; empty when valid.
    /// Each error has <c>Code</c> <c>GRAPHQL_VALIDATION_FAILED</c> (or a limit's code), the document locations, and
    /// <c>Extensions["rule"]</c>, the graphql-js name of the rule that found it.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        options.Validate();
        var context = new ValidationContext(schema, document, options);
        var walker = new DocumentWalker(SpecifiedRules.Create(options), context);
        try
        {
            walker.Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The error cap was reached; the errors so far end with the "Too many validation errors" error.
        }

        return context.Errors;
    }
}
