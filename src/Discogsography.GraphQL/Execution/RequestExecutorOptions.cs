using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Execution;

/// <summary>Checks a parsed document against a schema; returns the validation errors (none when valid).</summary>
public delegate IReadOnlyList<GraphQLError> DocumentValidation(Schema schema, DocumentNode document);

/// <summary>How the request executor parses, validates and executes; the defaults suit a public endpoint.</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>Parser limits for request documents.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>How many parsed (and validated) documents are kept (default 1,000).</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>The validation stage (run once per cached document): the spec's rules and default operation limits unless set.</summary>
    public DocumentValidation Validate { get; init; } = ExecutionValidation.Default;

    /// <summary>How long one execution may take before it is cancelled with a timeout error (default 30 s; infinite allowed).</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Development mode: unexpected resolver exceptions show their message and type instead of a masked message.</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Called with every unexpected resolver exception (for logging); the error the client sees is masked.</summary>
    public Action<Exception, GraphQLError>? OnUnexpectedError { get; init; }

    /// <summary>Throws when an option is out of range.</summary>
    public void EnsureValid()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(DocumentCacheSize);
        if (ExecutionTimeout <= TimeSpan.Zero && ExecutionTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(ExecutionTimeout), ExecutionTimeout, "The execution timeout must be positive or infinite.");
        }
    }
}
