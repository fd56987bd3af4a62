namespace Discogsography.GraphQL.Language;

/// <summary>
/// Limits that keep parsing bounded whatever the input. Exceeding one is a syntax error, like any other
/// malformed document. The defaults suit client requests and large SDL files alike.
/// </summary>
public sealed class ParserOptions
{
    private readonly int _maxDepth = 128;
    private readonly int _maxTokens = 15_000;
    private readonly int _maxDocumentBytes = 1_000_000;

    /// <summary>The options used when none are given: limits for documents sent by clients.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Limits for schema (SDL) files the service itself loads, which can hold far more tokens than a request:
    /// 10,000,000 tokens and 100,000,000 bytes, nesting still capped at 128.
    /// </summary>
    public static ParserOptions Schema { get; } = new() { MaxTokens = 10_000_000, MaxDocumentBytes = 100_000_000 };

    /// <summary>The deepest nesting of selection sets, list and object values, and list types (default 128).</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = Positive(value);
    }

    /// <summary>The most tokens a document may hold, comments not counted (default 15,000).</summary>
    public int MaxTokens
    {
        get => _maxTokens;
        init => _maxTokens = Positive(value);
    }

    /// <summary>The largest document accepted, in UTF-8 bytes (default 1,000,000).</summary>
    public int MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = Positive(value);
    }

    private static int Positive(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return value;
    }
}
